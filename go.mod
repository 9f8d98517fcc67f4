module github.com/claimgraph/claimgraph

go 1.26.8
