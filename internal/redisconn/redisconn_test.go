package redisconn

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/linxia-talent/policybot/internal/redistest"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		url  string
		kind Kind
		addr string // first address
		bad  string // substring of the error, when it must fail
	}{
		{url: "redis://localhost:6379/2", kind: Single, addr: "localhost:6379"},
		{url: "unix:///run/redis.sock", kind: Single, addr: "/run/redis.sock"},
		{url: "redis+cluster://a:7000,b:7001,c", kind: Cluster, addr: "a:7000"},
		{url: "redis+sentinel://u:p@s1,s2:26380,s3/mymaster/1", kind: Sentinel, addr: "s1:26379"},
		{url: "redis://h1:7000?addr=h2:7001", bad: "redis+cluster://"},
		{url: "redis://h1:7000,h2:7001", bad: "redis+cluster://"},
		{url: "redis+sentinel://s1,s2", bad: "master's name"},
		{url: "redis+cluster://a:7000/3", bad: "only database 0"},
		{url: "memcached://x", bad: "unknown scheme"},
		{url: "redis://:s3cret@[::1", bad: ""},
	} {
		cfg, err := Parse(tc.url)
		if tc.bad != "" || strings.Contains(tc.url, "[::1") {
			if err == nil || !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.bad) {
				t.Errorf("Parse(%q) = %v, want an ErrConfig saying %q", tc.url, err, tc.bad)
			}
			if err != nil && strings.Contains(err.Error(), "s3cret") {
				t.Errorf("Parse(%q): the error shows the password: %v", tc.url, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.url, err)
			continue
		}
		var first string
		switch cfg.Kind {
		case Single:
			first = cfg.Single.Addr
		case Cluster:
			first = cfg.Cluster.Addrs[0]
		case Sentinel:
			first = cfg.Sentinel.SentinelAddrs[0]
			if cfg.Sentinel.MasterName != "mymaster" || cfg.Sentinel.DB != 1 || len(cfg.Sentinel.SentinelAddrs) != 3 {
				t.Errorf("Parse(%q) = %+v", tc.url, cfg.Sentinel)
			}
		}
		if cfg.Kind != tc.kind || first != tc.addr {
			t.Errorf("Parse(%q) = %v at %s, want %v at %s", tc.url, cfg.Kind, first, tc.kind, tc.addr)
		}
	}
}

// --- real servers on loopback TCP (Cluster and Sentinel need ports) ---

type node struct {
	port int
	cmd  *exec.Cmd
	dir  string
}

func (n *node) addr() string { return "127.0.0.1:" + strconv.Itoa(n.port) }

func (n *node) kill() {
	if n.cmd != nil && n.cmd.Process != nil {
		n.cmd.Process.Kill()
		n.cmd.Wait()
		n.cmd = nil
	}
}

func startNode(t *testing.T, args ...string) *node {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Fatalf("redis-server not found (install it: apt-get install -y redis-server): %v", err)
	}
	n := &node{port: redistest.ClusterPort(t), dir: t.TempDir()}
	all := append([]string{"--port", strconv.Itoa(n.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
		"--dir", n.dir, "--loglevel", "warning", "--protected-mode", "no"}, args...)
	if len(args) > 0 && args[0] == "--sentinel" {
		conf := filepath.Join(n.dir, "sentinel.conf")
		if err := os.WriteFile(conf, []byte("port "+strconv.Itoa(n.port)+"\nbind 127.0.0.1\nprotected-mode no\n"+strings.Join(args[1:], "\n")+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		all = []string{conf, "--sentinel"}
	}
	n.cmd = exec.Command(bin, all...)
	if err := n.cmd.Start(); err != nil {
		t.Fatalf("start redis-server: %v", err)
	}
	t.Cleanup(n.kill)
	waitPing(t, n.addr())
	return n
}

func waitPing(t *testing.T, addr string) {
	t.Helper()
	c := redis.NewClient(&redis.Options{Addr: addr, DialTimeout: 200 * time.Millisecond})
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c.Ping(context.Background()).Err() == nil {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("redis at %s did not start", addr)
}

// startCluster starts 3 masters with one replica each and waits until the
// Cluster is ready.
func startCluster(t *testing.T) []*node {
	t.Helper()
	var nodes []*node
	var addrs []string
	for range 6 {
		n := startNode(t, "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "1000",
			"--repl-diskless-sync-delay", "0")
		nodes = append(nodes, n)
		addrs = append(addrs, n.addr())
	}
	cli, err := exec.LookPath("redis-cli")
	if err != nil {
		t.Fatalf("redis-cli not found (it comes with redis-server's package): %v", err)
	}
	out, err := exec.Command(cli, append(append([]string{"--cluster", "create"}, addrs...), "--cluster-replicas", "1", "--cluster-yes")...).CombinedOutput()
	if err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	// Ready when every node says so.
	deadline := time.Now().Add(20 * time.Second)
	for _, a := range addrs {
		c := redis.NewClient(&redis.Options{Addr: a})
		for {
			info, err := c.ClusterInfo(context.Background()).Result()
			if err == nil && strings.Contains(info, "cluster_state:ok") {
				break
			}
			if time.Now().After(deadline) {
				c.Close()
				t.Fatal("the Cluster did not become ready")
			}
			time.Sleep(50 * time.Millisecond)
		}
		// A replica that never synced would not take over: wait for links.
		for {
			info, err := c.Info(context.Background(), "replication").Result()
			if err == nil && (strings.Contains(info, "role:master") || strings.Contains(info, "master_link_status:up")) {
				break
			}
			if time.Now().After(deadline) {
				c.Close()
				t.Fatal("a replica did not sync with its master")
			}
			time.Sleep(50 * time.Millisecond)
		}
		c.Close()
	}
	return nodes
}

func TestSingleServer(t *testing.T) {
	n := startNode(t)
	cfg, err := Parse("redis://" + n.addr() + "/0")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Connect(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := Health(context.Background(), c); err != nil {
		t.Errorf("Health: %v", err)
	}
	// The same server named as a Cluster is refused.
	cfg, _ = Parse("redis+cluster://" + n.addr())
	if _, err := Connect(context.Background(), cfg); !errors.Is(err, ErrConfig) {
		t.Errorf("redis+cluster:// to a plain server: %v, want ErrConfig", err)
	}
}

func TestClusterRefusedBehindPlainURL(t *testing.T) {
	nodes := startCluster(t)
	cfg, _ := Parse("redis://" + nodes[0].addr())
	_, err := Connect(context.Background(), cfg)
	if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), "redis+cluster://") {
		t.Fatalf("plain URL to a Cluster node: %v, want a refusal naming redis+cluster://", err)
	}
}

// A master killed under traffic: the replica takes over, and every key is
// served again within moments of the Cluster's own failover, not at the
// client's next periodic refresh; Health names the dead master meanwhile.
func TestClusterFailover(t *testing.T) {
	if os.Getenv("POLICYBOT_FAULT_TESTS") == "" && testing.Short() {
		t.Skip("slow; .ci/test runs it")
	}
	nodes := startCluster(t)
	var addrs []string
	for _, n := range nodes {
		addrs = append(addrs, n.addr())
	}
	cfg, err := Parse("redis+cluster://" + strings.Join(addrs, ","))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	c, err := Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	const keys = 60
	for i := range keys {
		// One chat's keys share a slot ({chat}); chats spread over masters.
		if err := c.Set(ctx, fmt.Sprintf("policybot:{%d}:session", i), i, 0).Err(); err != nil {
			t.Fatal(err)
		}
	}
	// Replication is asynchronous: a write the replica has not received is
	// lost with its master (README says so). Wait until they have, so the
	// test measures following the failover, not that window.
	cc := c.(*redis.ClusterClient)
	if err := cc.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		return m.Do(ctx, "WAIT", 1, 5000).Err()
	}); err != nil {
		t.Fatal(err)
	}
	// Kill the master of chat 0's slot.
	master, err := cc.MasterForKey(ctx, "policybot:{0}:session")
	if err != nil {
		t.Fatal(err)
	}
	var victim *node
	for _, n := range nodes {
		if n.addr() == master.Options().Addr {
			victim = n
		}
	}
	if victim == nil {
		t.Fatalf("master %s is not one of ours", master.Options().Addr)
	}
	victim.kill()
	killed := time.Now()

	// Wait for the Cluster's own failover, seen from a surviving node.
	var survivor *node
	for _, n := range nodes {
		if n != victim {
			survivor = n
			break
		}
	}
	sc := redis.NewClient(&redis.Options{Addr: survivor.addr()})
	defer sc.Close()
	var failedOver time.Time
	for time.Since(killed) < 30*time.Second {
		if slots, err := sc.ClusterSlots(ctx).Result(); err == nil {
			moved := false
			for _, r := range slots {
				// Failed over when no slot range is served by the victim.
				moved = true
				if len(r.Nodes) > 0 && r.Nodes[0].Addr == victim.addr() {
					moved = false
					break
				}
			}
			if moved {
				failedOver = time.Now()
				break
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	if failedOver.IsZero() {
		t.Fatal("the Cluster did not fail over within 30 s")
	}
	// Every chat is served again shortly after.
	served := time.Time{}
	for time.Since(failedOver) < 10*time.Second {
		ok := 0
		for i := range keys {
			if v, err := c.Get(ctx, fmt.Sprintf("policybot:{%d}:session", i)).Int(); err == nil && v == i {
				ok++
			}
		}
		if ok == keys {
			served = time.Now()
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if served.IsZero() {
		var errs []string
		for i := range keys {
			if _, err := c.Get(ctx, fmt.Sprintf("policybot:{%d}:session", i)).Result(); err != nil {
				m, _ := cc.MasterForKey(ctx, fmt.Sprintf("policybot:{%d}:session", i))
				errs = append(errs, fmt.Sprintf("chat %d via %s: %v", i, m.Options().Addr, err))
			}
		}
		t.Logf("victim %s; failing: %v", victim.addr(), errs)
		t.Fatalf("not every chat was served within 10 s of the Cluster's failover (the client did not follow the new master)")
	}
	t.Logf("master killed → Cluster failed over in %v → every chat served %v later", failedOver.Sub(killed).Round(time.Millisecond), served.Sub(failedOver).Round(time.Millisecond))
	// Health is ready again once the slot map has no dead master.
	var herr error
	for start := time.Now(); time.Since(start) < 5*time.Second; time.Sleep(50 * time.Millisecond) {
		if herr = Health(ctx, c); herr == nil {
			break
		}
	}
	if herr != nil {
		t.Errorf("Health after the failover: %v", herr)
	}
}

// Sentinel with three sentinels, the first listed one down at start: the
// client still finds the master.
func TestSentinelFirstDown(t *testing.T) {
	master := startNode(t)
	replica := startNode(t, "--replicaof", "127.0.0.1", strconv.Itoa(master.port))
	_ = replica
	var sentinels []*node
	for range 3 {
		sentinels = append(sentinels, startNode(t, "--sentinel",
			"sentinel monitor mymaster 127.0.0.1 "+strconv.Itoa(master.port)+" 2",
			"sentinel down-after-milliseconds mymaster 1000",
			"sentinel failover-timeout mymaster 3000"))
	}
	down := sentinels[0].addr()
	sentinels[0].kill()
	url := "redis+sentinel://" + down + "," + sentinels[1].addr() + "," + sentinels[2].addr() + "/mymaster"
	cfg, err := Parse(url)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	c, err := Connect(ctx, cfg)
	if err != nil {
		t.Fatalf("connect with the first sentinel down: %v", err)
	}
	defer c.Close()
	if err := c.Set(ctx, "k", "v", 0).Err(); err != nil {
		t.Fatalf("write through the sentinels: %v", err)
	}
	// A sentinel named as a plain server is refused.
	pcfg, _ := Parse("redis://" + sentinels[1].addr())
	if _, err := Connect(context.Background(), pcfg); !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), "redis+sentinel://") {
		t.Errorf("plain URL to a sentinel: %v, want a refusal naming redis+sentinel://", err)
	}
}
