// Package redistest starts real redis-server processes for tests, each on
// its own unix socket in a temporary directory, so tests never touch a
// server holding anyone's data. A missing redis-server fails the test: the
// suite's command installs it (see .ci/run); it is never skipped.
package redistest

import (
	"context"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Server is a running redis-server.
type Server struct {
	Socket string
	dir    string
	aof    bool
	cmd    *exec.Cmd
}

// Start runs a redis-server that keeps nothing on disk and stops when the
// test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	return start(t, false)
}

// StartAOF runs a redis-server that appends every write to a file in its
// own directory (fsync every second, as deployed), so that it can be
// restarted with its data.
func StartAOF(t testing.TB) *Server {
	t.Helper()
	return start(t, true)
}

func start(t testing.TB, aof bool) *Server {
	t.Helper()
	dir := t.TempDir()
	s := &Server{Socket: filepath.Join(dir, "redis.sock"), dir: dir, aof: aof}
	s.run(t)
	t.Cleanup(func() {
		if s.cmd != nil {
			s.cmd.Process.Kill()
			s.cmd.Wait()
		}
	})
	return s
}

func (s *Server) run(t testing.TB) {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Fatalf("redis-server not found (install it: apt-get install -y redis-server): %v", err)
	}
	args := []string{"--port", "0", "--unixsocket", s.Socket, "--unixsocketperm", "700",
		"--save", "", "--dir", s.dir, "--loglevel", "warning"}
	if s.aof {
		args = append(args, "--appendonly", "yes", "--appendfsync", "everysec")
	} else {
		args = append(args, "--appendonly", "no")
	}
	cmd := exec.Command(bin, args...)
	if err := cmd.Start(); err != nil {
		t.Fatalf("start redis-server: %v", err)
	}
	s.cmd = cmd
	c := redis.NewClient(&redis.Options{Network: "unix", Addr: s.Socket})
	defer c.Close()
	for i := 0; ; i++ {
		if c.Ping(context.Background()).Err() == nil {
			return
		}
		if i > 200 {
			t.Fatalf("redis-server did not come up on %s", s.Socket)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// Restart stops the server the way an orchestrator does (SIGTERM, which
// lets it write its files) and starts it again on the same socket: with
// its data when it keeps an AOF, empty otherwise.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	s.cmd.Process.Signal(syscall.SIGTERM)
	s.cmd.Wait()
	s.run(t)
}

// RestartEmpty kills the server and starts it again on the same socket
// with nothing: a Redis whose volume was lost.
func (s *Server) RestartEmpty(t testing.TB) {
	t.Helper()
	s.cmd.Process.Kill()
	s.cmd.Wait()
	entries, _ := os.ReadDir(s.dir)
	for _, e := range entries {
		os.RemoveAll(filepath.Join(s.dir, e.Name()))
	}
	s.run(t)
}

// Client returns a client of the server, closed when the test ends.
func (s *Server) Client(t testing.TB) *redis.Client {
	t.Helper()
	c := redis.NewClient(&redis.Options{Network: "unix", Addr: s.Socket})
	t.Cleanup(func() { c.Close() })
	return c
}

// URL returns a redis URL for the server.
func (s *Server) URL() string { return "unix://" + s.Socket }

// Proxy forwards TCP connections to the server and can be cut and
// restored, to play an outage without losing the server's data.
type Proxy struct {
	Addr   string
	target string
	ln     net.Listener

	mu    sync.Mutex
	down  bool
	conns []net.Conn
}

// NewProxy starts a proxy to s on a loopback port.
func NewProxy(t testing.TB, s *Server) *Proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &Proxy{Addr: ln.Addr().String(), target: s.Socket, ln: ln}
	t.Cleanup(func() { ln.Close(); p.SetDown(true) })
	go p.serve()
	return p
}

func (p *Proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		if p.down {
			p.mu.Unlock()
			c.Close()
			continue
		}
		up, err := net.Dial("unix", p.target)
		if err != nil {
			p.mu.Unlock()
			c.Close()
			continue
		}
		p.conns = append(p.conns, c, up)
		p.mu.Unlock()
		go func() { io.Copy(up, c); up.Close() }()
		go func() { io.Copy(c, up); c.Close() }()
	}
}

// SetDown cuts every connection and refuses new ones (true), or accepts
// them again (false).
func (p *Proxy) SetDown(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = down
	if down {
		for _, c := range p.conns {
			c.Close()
		}
		p.conns = nil
	}
}

// StartCluster runs a Redis Cluster of three masters on loopback ports
// (Cluster needs TCP) and returns their addresses once it is ready. It
// stops when the test ends.
func StartCluster(t testing.TB) []string {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Fatalf("redis-server not found (install it: apt-get install -y redis-server): %v", err)
	}
	cli, err := exec.LookPath("redis-cli")
	if err != nil {
		t.Fatalf("redis-cli not found (it comes with redis-server's package): %v", err)
	}
	var addrs []string
	for range 3 {
		port := ClusterPort(t)
		dir := t.TempDir()
		cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
			"--dir", dir, "--loglevel", "warning", "--protected-mode", "no",
			"--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf")
		if err := cmd.Start(); err != nil {
			t.Fatalf("start redis-server: %v", err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
		addr := "127.0.0.1:" + strconv.Itoa(port)
		c := redis.NewClient(&redis.Options{Addr: addr})
		for i := 0; c.Ping(context.Background()).Err() != nil; i++ {
			if i > 400 {
				t.Fatalf("redis-server did not come up on %s", addr)
			}
			time.Sleep(25 * time.Millisecond)
		}
		c.Close()
		addrs = append(addrs, addr)
	}
	out, err := exec.Command(cli, append(append([]string{"--cluster", "create"}, addrs...), "--cluster-replicas", "0", "--cluster-yes")...).CombinedOutput()
	if err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	for _, a := range addrs {
		c := redis.NewClient(&redis.Options{Addr: a})
		for i := 0; ; i++ {
			info, err := c.ClusterInfo(context.Background()).Result()
			if err == nil && strings.Contains(info, "cluster_state:ok") {
				break
			}
			if i > 800 {
				t.Fatalf("the Cluster did not become ready")
			}
			time.Sleep(25 * time.Millisecond)
		}
		c.Close()
	}
	return addrs
}

var clusterPorts sync.Mutex

// ClusterPort returns a free loopback port whose Cluster bus port
// (port+10000) is free too.
func ClusterPort(t testing.TB) int {
	t.Helper()
	clusterPorts.Lock()
	defer clusterPorts.Unlock()
	for range 200 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		p := l.Addr().(*net.TCPAddr).Port
		l.Close()
		if p+10000 > 65535 {
			continue
		}
		if b, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p+10000)); err == nil {
			b.Close()
			return p
		}
	}
	t.Fatal("no free port pair")
	return 0
}
