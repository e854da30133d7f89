package bench

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Without node the install says so (the run then skips the PostGraphile column) and runs nothing.
func TestInstallPostGraphileSaysWhenNodeIsMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := installPostGraphile(context.Background(), t.TempDir(), t.Logf)
	if err == nil || !strings.Contains(err.Error(), "node is not installed") {
		t.Fatalf("err = %v, want node is not installed", err)
	}
}

// An install at the measured version is reused as is; npm is asked only for another version or
// none (checked here without npm on the PATH: reaching for it would fail).
func TestInstallPostGraphileReusesTheMeasuredVersion(t *testing.T) {
	node := t.TempDir()
	if err := os.WriteFile(filepath.Join(node, "node"), []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", node)
	dir := t.TempDir()
	pkg := filepath.Join(dir, "node_modules", "postgraphile")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(version string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(pkg, "package.json"), []byte(`{"version":"`+version+`"}`), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(PostGraphileVersion)
	cli, err := installPostGraphile(context.Background(), dir, t.Logf)
	if err != nil || cli != filepath.Join(pkg, "cli.js") {
		t.Fatalf("installed %s: cli %q, err %v", PostGraphileVersion, cli, err)
	}
	write("4.12.0")
	if _, err := installPostGraphile(context.Background(), dir, t.Logf); err == nil || !strings.Contains(err.Error(), "npm is not installed") {
		t.Fatalf("another version installed: err = %v, want an attempt to install with npm", err)
	}
}
