package apitest

import (
	"io"
	"net"
	"net/textproto"
	"strings"
	"testing"
	"time"
)

// Mail is one message the test SMTP server received.
type Mail struct {
	From string
	To   []string
	Data string // headers and body as sent
}

// Mailbox is a tiny SMTP server for tests: it accepts every message and hands it to the test, so
// e-mail is tested through a real SMTP conversation rather than a fake sender.
type Mailbox struct {
	URL  string // smtp://host:port, for SMTP_URL
	mail chan Mail
}

// StartSMTP listens on a free local port until the test ends.
func StartSMTP(t testing.TB) *Mailbox {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	mb := &Mailbox{URL: "smtp://" + ln.Addr().String(), mail: make(chan Mail, 100)}
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go mb.serve(conn)
		}
	}()
	return mb
}

func (mb *Mailbox) serve(conn net.Conn) {
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	c := textproto.NewConn(conn)
	c.PrintfLine("220 partnerhub-test ESMTP")
	var m Mail
	for {
		line, err := c.ReadLine()
		if err != nil {
			return
		}
		verb := strings.ToUpper(strings.SplitN(line, " ", 2)[0])
		switch {
		case verb == "EHLO" || verb == "HELO":
			c.PrintfLine("250-partnerhub-test")
			c.PrintfLine("250 8BITMIME")
		case strings.HasPrefix(strings.ToUpper(line), "MAIL FROM:"):
			m = Mail{From: addrOf(line)}
			c.PrintfLine("250 OK")
		case strings.HasPrefix(strings.ToUpper(line), "RCPT TO:"):
			m.To = append(m.To, addrOf(line))
			c.PrintfLine("250 OK")
		case verb == "DATA":
			c.PrintfLine("354 end with <CRLF>.<CRLF>")
			data, err := io.ReadAll(c.DotReader())
			if err != nil {
				return
			}
			m.Data = string(data)
			mb.mail <- m
			c.PrintfLine("250 OK queued")
		case verb == "QUIT":
			c.PrintfLine("221 bye")
			return
		default: // RSET, NOOP
			c.PrintfLine("250 OK")
		}
	}
}

func addrOf(line string) string {
	_, rest, _ := strings.Cut(line, ":")
	return strings.Trim(strings.TrimSpace(rest), "<>")
}

// Next waits for the next message, failing the test after a few seconds.
func (mb *Mailbox) Next(t testing.TB) Mail {
	t.Helper()
	select {
	case m := <-mb.mail:
		return m
	case <-time.After(10 * time.Second):
		t.Fatal("no e-mail arrived at the test SMTP server")
		return Mail{}
	}
}

// Empty reports whether no message is waiting (after a short grace period).
func (mb *Mailbox) Empty(wait time.Duration) bool {
	select {
	case <-mb.mail:
		return false
	case <-time.After(wait):
		return true
	}
}
