package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestHealthcheck(t *testing.T) {
	code := http.StatusOK
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) }))
	defer srv.Close()
	if err := run(context.Background(), []string{srv.URL}, io.Discard); err != nil {
		t.Errorf("healthy server: %v", err)
	}
	code = http.StatusServiceUnavailable
	if err := run(context.Background(), []string{srv.URL}, io.Discard); err == nil {
		t.Errorf("a 503 passed")
	}
	if err := run(context.Background(), nil, io.Discard); err == nil {
		t.Errorf("no URL passed")
	}
}
