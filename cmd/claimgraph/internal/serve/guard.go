package serve

import (
	"net"
	"net/http"
	"net/url"
	"strings"
)

// guard refuses what a web page elsewhere could make a visitor's browser
// send to this server:
//   - on a loopback address, a Host that is not this machine's name: a
//     site whose name was rebound to 127.0.0.1 (DNS rebinding) would
//     otherwise read the graph through the visitor's browser;
//   - any request other than GET or HEAD whose Origin is another site:
//     a form or fetch from anywhere can send a "simple" POST (text/plain)
//     without asking first, and so write quads or run queries;
//   - a write or delete whose body comes as one of those simple types,
//     which is all a cross-site request can send without a preflight
//     that this server never grants.
func guard(h http.Handler, loopback bool) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if loopback && !isLocalName(r.Host) {
			http.Error(rw, "this server answers only requests to localhost or a loopback address", http.StatusMisdirectedRequest)
			return
		}
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			h.ServeHTTP(rw, r)
			return
		}
		if o := r.Header.Get("Origin"); o != "" && !sameOrigin(o, r.Host) {
			http.Error(rw, "cross-origin request refused", http.StatusForbidden)
			return
		}
		if isWrite(r.URL.Path) && isSimpleContentType(r.Header.Get("Content-Type")) {
			http.Error(rw, "writes must be sent as application/n-quads or application/json", http.StatusUnsupportedMediaType)
			return
		}
		h.ServeHTTP(rw, r)
	})
}

// isLocalName reports whether a Host header names this machine.
func isLocalName(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && strings.EqualFold(u.Host, host)
}

func isWrite(path string) bool {
	return strings.HasPrefix(path, "/api/v2/write") || strings.HasPrefix(path, "/api/v2/delete")
}

// isSimpleContentType reports whether a browser sends this content type
// cross-site without a preflight (the Fetch standard's CORS-safelisted
// request types); a missing one counts, as browsers send text/plain.
func isSimpleContentType(ct string) bool {
	mt := strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	switch mt {
	case "", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data":
		return true
	}
	return false
}

// oneOf runs h when one of the slots is free, and waits for one (or for
// the client to leave) otherwise.
func oneOf(slots chan struct{}, h http.Handler) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		select {
		case slots <- struct{}{}:
			defer func() { <-slots }()
			h.ServeHTTP(rw, r)
		case <-r.Context().Done():
		}
	})
}
