// Package redisconn turns REDIS_URL into a Redis client and refuses a
// configuration that does not fit the server behind it. Three forms, each
// impossible to mistake for another:
//
//	redis://[user:pass@]host:6379[/db]          one server (also rediss://, unix://)
//	redis+cluster://[user:pass@]h1:7000,h2:7001   a Cluster: any of its nodes, comma-separated
//	redis+sentinel://[user:pass@]s1:26379,s2:26379,s3:26379/master[/db]
//	                                              Sentinel: every sentinel, then the master's name
//
// Connect checks what the server really is: a Cluster node behind a plain
// URL, a sentinel named as a server, or a plain server named as a Cluster
// stops start-up with a message that says which form to use. A Cluster
// client re-reads the slot map as soon as a node refuses a connection, so
// after a failover it follows the new master within moments of the Cluster
// itself rather than at its next periodic refresh.
package redisconn

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Kind says which deployment a Config names.
type Kind int

const (
	// Single is one server.
	Single Kind = iota
	// Cluster is a Redis Cluster.
	Cluster
	// Sentinel is a master watched by sentinels.
	Sentinel
)

func (k Kind) String() string {
	return [...]string{"a single server", "a Cluster", "a Sentinel deployment"}[k]
}

// Config is a parsed REDIS_URL.
type Config struct {
	Kind     Kind
	Single   *redis.Options        // Kind Single
	Cluster  *redis.ClusterOptions // Kind Cluster
	Sentinel *redis.FailoverOptions
}

// ErrConfig reports a REDIS_URL that cannot be used; its message says how
// to write it.
var ErrConfig = errors.New("REDIS_URL")

// Parse reads one of the three forms.
func Parse(raw string) (Config, error) {
	scheme, rest, _ := strings.Cut(raw, "://")
	if strings.Contains(scheme, "+") {
		return parseMulti(raw)
	}
	if auth, _, _ := strings.Cut(rest, "/"); strings.Contains(auth, ",") {
		return Config{}, fmt.Errorf("%w: a %s:// URL names one server; for a Cluster write redis+cluster://h1:7000,h2:7001,…, for Sentinel redis+sentinel://s1:26379,s2:26379/master", ErrConfig, scheme)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return Config{}, fmt.Errorf("%w: %v", ErrConfig, redact(err))
	}
	switch u.Scheme {
	case "redis", "rediss", "unix":
		if u.Query().Has("addr") {
			return Config{}, fmt.Errorf("%w: several addresses in a redis:// URL are ambiguous; for a Cluster write redis+cluster://h1:7000,h2:7001,…", ErrConfig)
		}
		opt, err := redis.ParseURL(raw)
		if err != nil {
			return Config{}, fmt.Errorf("%w: %v", ErrConfig, redact(err))
		}
		return Config{Kind: Single, Single: opt}, nil
	}
	return Config{}, fmt.Errorf("%w: unknown scheme %q; use redis:// (one server), redis+cluster:// (Cluster) or redis+sentinel:// (Sentinel)", ErrConfig, u.Scheme)
}

// multiURL is a URL whose host part lists several addresses, which
// net/url does not parse.
type multiURL struct {
	scheme, user, password, host, path string
	query                              url.Values
}

// parseMulti reads redis+cluster:// and redis+sentinel:// URLs.
func parseMulti(raw string) (Config, error) {
	var u multiURL
	scheme, rest, _ := strings.Cut(raw, "://")
	u.scheme = scheme
	rest, q, _ := strings.Cut(rest, "?")
	vals, err := url.ParseQuery(q)
	if err != nil {
		return Config{}, fmt.Errorf("%w: query: %v", ErrConfig, err)
	}
	u.query = vals
	auth, path, _ := strings.Cut(rest, "/")
	u.path = "/" + path
	if i := strings.LastIndex(auth, "@"); i >= 0 {
		ui := auth[:i]
		auth = auth[i+1:]
		name, pass, _ := strings.Cut(ui, ":")
		if u.user, err = url.PathUnescape(name); err != nil {
			return Config{}, fmt.Errorf("%w: user name is not escaped properly", ErrConfig)
		}
		if u.password, err = url.PathUnescape(pass); err != nil {
			return Config{}, fmt.Errorf("%w: password is not escaped properly", ErrConfig)
		}
	}
	u.host = auth
	switch u.scheme {
	case "redis+cluster", "rediss+cluster":
		addrs, err := hosts(u.host, "7000")
		if err != nil {
			return Config{}, err
		}
		// Short back-offs: while a master is down its commands fail fast
		// and the slot map is re-read, instead of each command waiting.
		opt := &redis.ClusterOptions{Addrs: addrs, DialTimeout: 2 * time.Second, ReadTimeout: 2 * time.Second, WriteTimeout: 2 * time.Second,
			MinRetryBackoff: 10 * time.Millisecond, MaxRetryBackoff: 100 * time.Millisecond}
		opt.Username, opt.Password = u.user, u.password
		if u.scheme == "rediss+cluster" {
			opt.TLSConfig = tlsConfig()
		}
		if p := strings.Trim(u.path, "/"); p != "" && p != "0" {
			return Config{}, fmt.Errorf("%w: a Cluster has only database 0", ErrConfig)
		}
		return Config{Kind: Cluster, Cluster: opt}, nil
	case "redis+sentinel", "rediss+sentinel":
		addrs, err := hosts(u.host, "26379")
		if err != nil {
			return Config{}, err
		}
		parts := strings.Split(strings.Trim(u.path, "/"), "/")
		if len(parts) == 0 || parts[0] == "" || len(parts) > 2 {
			return Config{}, fmt.Errorf("%w: a Sentinel URL ends with the master's name: redis+sentinel://s1:26379,s2:26379,s3:26379/mymaster[/db]", ErrConfig)
		}
		opt := &redis.FailoverOptions{MasterName: parts[0], SentinelAddrs: addrs, DialTimeout: 2 * time.Second, ReadTimeout: 2 * time.Second, WriteTimeout: 2 * time.Second}
		if len(parts) == 2 {
			db, err := strconv.Atoi(parts[1])
			if err != nil || db < 0 {
				return Config{}, fmt.Errorf("%w: database %q is not a number", ErrConfig, parts[1])
			}
			opt.DB = db
		}
		opt.Username, opt.Password = u.user, u.password
		opt.SentinelUsername, opt.SentinelPassword = u.query.Get("sentinel_username"), u.query.Get("sentinel_password")
		if u.scheme == "rediss+sentinel" {
			opt.TLSConfig = tlsConfig()
		}
		return Config{Kind: Sentinel, Sentinel: opt}, nil
	}
	return Config{}, fmt.Errorf("%w: unknown scheme %q; use redis:// (one server), redis+cluster:// (Cluster) or redis+sentinel:// (Sentinel)", ErrConfig, u.scheme)
}

// redact drops a URL's password from an error.
func redact(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	return err.Error()
}

func hosts(h, defPort string) ([]string, error) {
	var out []string
	for _, a := range strings.Split(h, ",") {
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		if _, _, err := net.SplitHostPort(a); err != nil {
			a = net.JoinHostPort(a, defPort)
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no address", ErrConfig)
	}
	return out, nil
}

// Connect builds the client for cfg and checks that the server behind it is
// what cfg says. The client is closed when the check fails.
func Connect(ctx context.Context, cfg Config) (redis.UniversalClient, error) {
	c := New(cfg)
	if err := Verify(ctx, cfg.Kind, c); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// New builds the client for cfg without asking the server anything.
func New(cfg Config) redis.UniversalClient {
	switch cfg.Kind {
	case Cluster:
		cc := redis.NewClusterClient(cfg.Cluster)
		cc.AddHook(&reloader{c: cc})
		return cc
	case Sentinel:
		return redis.NewFailoverClient(cfg.Sentinel)
	}
	return redis.NewClient(cfg.Single)
}

// Verify asks the server what it is. An error wrapping ErrConfig means the
// configuration does not fit the server; any other error, that the server
// could not be asked.
func Verify(ctx context.Context, kind Kind, c redis.UniversalClient) error {
	switch kind {
	case Cluster:
		info, err := c.ClusterInfo(ctx).Result()
		if err != nil {
			if strings.Contains(err.Error(), "cluster support disabled") {
				return fmt.Errorf("%w: redis+cluster:// names a server that is not in a Cluster; use redis://host:port", ErrConfig)
			}
			return fmt.Errorf("redis: cluster info: %w", err)
		}
		if !strings.Contains(info, "cluster_state:ok") {
			return fmt.Errorf("redis: the Cluster is not ready (cluster_state is not ok)")
		}
		return Health(ctx, c)
	case Sentinel:
		if err := c.Ping(ctx).Err(); err != nil {
			return fmt.Errorf("redis: master via sentinels: %w", err)
		}
		return nil
	}
	info, err := c.Info(ctx, "server").Result()
	if err != nil {
		return fmt.Errorf("redis: %w", err)
	}
	switch mode := field(info, "redis_mode"); mode {
	case "cluster":
		return fmt.Errorf("%w: redis:// names one server, but it is a Cluster node (keys on other nodes would fail with MOVED); write redis+cluster://%s", ErrConfig, "h1:7000,h2:7001,…")
	case "sentinel":
		return fmt.Errorf("%w: redis:// names a sentinel, not a data server; write redis+sentinel://s1:26379,s2:26379,s3:26379/<master name>", ErrConfig)
	}
	return nil
}

func field(info, key string) string {
	for _, line := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), key+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// Health reports whether every part of the deployment the bot needs
// answers: every master of a Cluster (the error names those that do not),
// or the server or master otherwise.
func Health(ctx context.Context, c redis.UniversalClient) error {
	cc, ok := c.(*redis.ClusterClient)
	if !ok {
		return c.Ping(ctx).Err()
	}
	var mu sync.Mutex
	var down []string
	err := cc.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		if err := m.Ping(ctx).Err(); err != nil {
			mu.Lock()
			down = append(down, m.Options().Addr)
			mu.Unlock()
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("cluster: %w", err)
	}
	// A slot without a master that answers is a shard the bot cannot use.
	slots, err := cc.ClusterSlots(ctx).Result()
	if err != nil {
		return fmt.Errorf("cluster slots: %w", err)
	}
	covered := 0
	for _, s := range slots {
		covered += s.End - s.Start + 1
	}
	if len(down) > 0 {
		return fmt.Errorf("cluster masters not answering: %s", strings.Join(down, ", "))
	}
	if covered < 16384 {
		return fmt.Errorf("cluster: %d of 16384 slots have no master", 16384-covered)
	}
	return nil
}

// reloader makes a Cluster client re-read the slot map when a node cannot
// be reached or a slot has moved, instead of waiting for the next periodic
// refresh.
type reloader struct {
	c    *redis.ClusterClient
	mu   sync.Mutex
	last time.Time
}

// minReload spaces reloads, so a burst of failures asks the Cluster once.
const minReload = 200 * time.Millisecond

func (r *reloader) reload(ctx context.Context) {
	r.mu.Lock()
	if time.Since(r.last) < minReload {
		r.mu.Unlock()
		return
	}
	r.last = time.Now()
	r.mu.Unlock()
	r.c.ReloadState(ctx)
}

func stale(err error) bool {
	if err == nil || errors.Is(err, redis.Nil) {
		return false
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	s := err.Error()
	return strings.HasPrefix(s, "MOVED ") || strings.HasPrefix(s, "CLUSTERDOWN") || strings.Contains(s, "connection refused") ||
		strings.Contains(s, "EOF") || strings.HasPrefix(s, "READONLY")
}

func (r *reloader) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := next(ctx, network, addr)
		if err != nil {
			r.reload(ctx)
		}
		return conn, err
	}
}

func (r *reloader) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		err := next(ctx, cmd)
		if stale(err) {
			r.reload(ctx)
		}
		return err
	}
}

func (r *reloader) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		err := next(ctx, cmds)
		if stale(err) {
			r.reload(ctx)
		}
		return err
	}
}

func tlsConfig() *tls.Config { return &tls.Config{MinVersion: tls.VersionTLS12} }
