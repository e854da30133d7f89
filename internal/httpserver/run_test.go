package httpserver_test

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/httpserver"
)

// TestGracefulShutdown: on SIGTERM a request already being answered still gets its answer, and
// nothing new is accepted.
func TestGracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	started, release := make(chan struct{}), make(chan struct{})
	handlerCtxErr := make(chan error, 1)
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		// The request's own context must survive the shutdown signal, or its queries would abort.
		handlerCtxErr <- r.Context().Err()
		io.WriteString(w, "done")
	})

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- httpserver.Serve(ctx, ln, slow, 10*time.Second) }()

	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	type result struct {
		status int
		body   string
		err    error
	}
	answered := make(chan result, 1)
	go func() {
		res, err := client.Get("http://" + addr + "/slow")
		if err != nil {
			answered <- result{err: err}
			return
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		answered <- result{status: res.StatusCode, body: string(b), err: err}
	}()
	<-started
	cancel()

	// Shutdown closes the listener first; wait for that, so the request is known to be in flight
	// during the shutdown rather than before it.
	waitUntil(t, func() bool {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			return true
		}
		c.Close()
		return false
	})
	select {
	case err := <-served:
		t.Fatalf("Serve returned %v while a request was still in flight", err)
	default:
	}

	close(release)
	got := <-answered
	if got.err != nil || got.status != http.StatusOK || got.body != "done" {
		t.Fatalf("in-flight request: status %d, body %q, err %v; want 200 done", got.status, got.body, got.err)
	}
	if err := <-handlerCtxErr; err != nil {
		t.Errorf("in-flight request's context was cancelled by the shutdown: %v", err)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve = %v, want nil after a clean shutdown", err)
	}
	if _, err := client.Get("http://" + addr + "/slow"); err == nil {
		t.Error("a new request after shutdown was answered")
	}
}

// TestShutdownGivesUp: a request that never finishes cannot keep the process from exiting.
func TestShutdownGivesUp(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}), make(chan struct{})
	t.Cleanup(func() { close(release) })
	stuck := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- httpserver.Serve(ctx, ln, stuck, 50*time.Millisecond) }()

	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	go func() {
		if res, err := client.Get("http://" + ln.Addr().String() + "/stuck"); err == nil {
			res.Body.Close()
		}
	}()
	<-started
	cancel()
	if err := <-served; !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Serve = %v, want the shutdown deadline exceeded", err)
	}
}
