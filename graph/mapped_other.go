//go:build !linux

package graph

import "errors"

var errNoMaps = errors.New("resident pages are not read on this system")

func residentFileBytes() (int64, error) { return 0, errNoMaps }

func adviseMapped(string, bool) error { return errNoMaps }
