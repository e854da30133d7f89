package bench

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// PGProxy sits between a process and PostgreSQL on loopback and counts the SQL statements the
// process sends, by reading the frontend side of the wire protocol: every simple Query message and
// every Execute of an extended-protocol portal is one statement. It sees exactly what reaches the
// database, whatever driver, pool or ORM sent it, so the server binary runs unmodified and the
// baseline is counted the same way. Statements on River's tables (the job queue polls in the
// background) are counted apart, so they do not blur the per-request numbers.
type PGProxy struct {
	ln       net.Listener
	upstream string

	statements atomic.Int64
	background atomic.Int64

	mu       sync.Mutex
	record   bool
	byQuery  map[string]int
	conns    map[net.Conn]bool
	closed   bool
	acceptWG sync.WaitGroup
}

// StartPGProxy listens on a free loopback port and forwards every connection to upstream
// (host:port).
func StartPGProxy(upstream string) (*PGProxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &PGProxy{ln: ln, upstream: upstream, byQuery: map[string]int{}, conns: map[net.Conn]bool{}}
	p.acceptWG.Add(1)
	go p.accept()
	return p, nil
}

// Addr is host:port to connect to instead of upstream.
func (p *PGProxy) Addr() string { return p.ln.Addr().String() }

// Statements is the number of statements sent so far, River's excluded.
func (p *PGProxy) Statements() int64 { return p.statements.Load() }

// Background is the number of statements sent on River's tables.
func (p *PGProxy) Background() int64 { return p.background.Load() }

// Record starts remembering the text of each statement (for diagnostics) and forgets what it
// remembered before; StopRecording returns the statements with how often each ran.
func (p *PGProxy) Record() {
	p.mu.Lock()
	p.record, p.byQuery = true, map[string]int{}
	p.mu.Unlock()
}

// QueryCount is a statement text and how often it ran.
type QueryCount struct {
	Query string `json:"query"`
	Count int    `json:"count"`
}

// StopRecording stops remembering statement texts and returns them, most frequent first.
func (p *PGProxy) StopRecording() []QueryCount {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]QueryCount, 0, len(p.byQuery))
	for q, n := range p.byQuery {
		out = append(out, QueryCount{q, n})
	}
	p.record, p.byQuery = false, map[string]int{}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Query < out[j].Query
	})
	return out
}

// Close stops listening and closes every proxied connection.
func (p *PGProxy) Close() error {
	err := p.ln.Close()
	p.acceptWG.Wait()
	p.mu.Lock()
	p.closed = true
	for c := range p.conns {
		c.Close()
	}
	p.mu.Unlock()
	return err
}

func (p *PGProxy) accept() {
	defer p.acceptWG.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.serve(c)
	}
}

func (p *PGProxy) track(c net.Conn, add bool) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if add {
		if p.closed {
			return false
		}
		p.conns[c] = true
	} else {
		delete(p.conns, c)
	}
	return true
}

func (p *PGProxy) serve(client net.Conn) {
	defer client.Close()
	up, err := net.Dial("tcp", p.upstream)
	if err != nil {
		return
	}
	defer up.Close()
	if !p.track(client, true) || !p.track(up, true) {
		return
	}
	defer p.track(client, false)
	defer p.track(up, false)
	if tc, ok := up.(*net.TCPConn); ok {
		tc.SetNoDelay(true)
	}
	go func() {
		io.Copy(client, up)
		client.Close()
	}()
	p.pump(client, up)
}

const (
	sslRequestCode    = 80877103
	gssEncRequestCode = 80877104
	cancelRequestCode = 80877102
)

// pump forwards client → server messages, counting statements on the way. Messages are written
// through a buffer flushed whenever no more input is already waiting, so the pipelined messages of
// one driver call (Parse, Bind, Execute, Sync) still leave in one write.
func (p *PGProxy) pump(client net.Conn, up net.Conn) {
	r := bufio.NewReaderSize(client, 64<<10)
	w := bufio.NewWriterSize(up, 64<<10)
	var header [5]byte
	// Startup: length-prefixed messages without a type byte, until a real startup message.
	for {
		if _, err := io.ReadFull(r, header[:4]); err != nil {
			return
		}
		n := int(binary.BigEndian.Uint32(header[:4]))
		if n < 8 || n > 1<<20 {
			return
		}
		body := make([]byte, n-4)
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		code := binary.BigEndian.Uint32(body[:4])
		if code == sslRequestCode || code == gssEncRequestCode {
			// No TLS or GSS on loopback: decline, the client then sends its startup message in clear.
			if _, err := client.Write([]byte{'N'}); err != nil {
				return
			}
			continue
		}
		w.Write(header[:4])
		w.Write(body)
		if err := w.Flush(); err != nil {
			return
		}
		if code == cancelRequestCode {
			return
		}
		break
	}
	statements := map[string]string{} // prepared statement name → text
	portals := map[string]string{}    // portal name → text
	var body []byte
	for {
		if _, err := io.ReadFull(r, header[:5]); err != nil {
			return
		}
		n := int(binary.BigEndian.Uint32(header[1:5]))
		if n < 4 {
			return
		}
		if cap(body) < n-4 {
			body = make([]byte, n-4)
		}
		body = body[:n-4]
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		switch header[0] {
		case 'Q': // simple query
			p.count(cstring(body))
		case 'P': // Parse: name, query, …
			name, rest := cutCString(body)
			statements[name] = cstring(rest)
		case 'B': // Bind: portal, statement, …
			portal, rest := cutCString(body)
			stmt, _ := cutCString(rest)
			portals[portal] = statements[stmt]
		case 'E': // Execute: portal, max rows
			portal, _ := cutCString(body)
			p.count(portals[portal])
		case 'C': // Close: 'S' or 'P' and a name
			if len(body) > 1 {
				name, _ := cutCString(body[1:])
				if body[0] == 'S' {
					delete(statements, name)
				} else {
					delete(portals, name)
				}
			}
		}
		w.Write(header[:5])
		w.Write(body)
		if r.Buffered() == 0 {
			if err := w.Flush(); err != nil {
				return
			}
		}
		if header[0] == 'X' { // Terminate
			w.Flush()
			return
		}
	}
}

func (p *PGProxy) count(query string) {
	if strings.Contains(query, "river_") {
		p.background.Add(1)
		return
	}
	p.statements.Add(1)
	p.mu.Lock()
	if p.record && len(p.byQuery) < 1000 {
		p.byQuery[query]++
	}
	p.mu.Unlock()
}

func cutCString(b []byte) (string, []byte) {
	i := bytes.IndexByte(b, 0)
	if i < 0 {
		return string(b), nil
	}
	return string(b[:i]), b[i+1:]
}

func cstring(b []byte) string {
	s, _ := cutCString(b)
	return s
}

// ErrNotPostgres is returned for a database URL the proxy cannot stand in for.
var ErrNotPostgres = errors.New("not a postgres:// URL")

// proxyURL rewrites a postgres URL's host to the proxy and forces sslmode=disable (loopback).
func proxyURL(raw string, p *PGProxy) (string, error) {
	u, err := parsePGURL(raw)
	if err != nil {
		return "", err
	}
	u.Host = p.Addr()
	q := u.Query()
	q.Set("sslmode", "disable")
	u.RawQuery = q.Encode()
	return u.String(), nil
}

func upstreamAddr(raw string) (string, error) {
	u, err := parsePGURL(raw)
	if err != nil {
		return "", err
	}
	host, port := u.Hostname(), u.Port()
	if host == "" {
		host = "127.0.0.1"
	}
	if port == "" {
		port = "5432"
	}
	return net.JoinHostPort(host, port), nil
}
