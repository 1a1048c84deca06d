package main

import (
	"context"
	"flag"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
)

// TestComposeFile loads docker-compose.yml as Compose itself would and
// checks what the deployment relies on: Redis persists (AOF on a volume,
// no eviction), every service has a restart policy, the bot and Redis have
// health checks and start in order, two bot replicas run in webhook mode
// behind the proxy, and every variable the bot is given is one serve reads.
func TestComposeFile(t *testing.T) {
	path, err := filepath.Abs("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"TELEGRAM_BOT_TOKEN": "123:abc", "WEBHOOK_DOMAIN": "bot.example.org", "WEBHOOK_SECRET": "s3cret"}
	p, err := loader.LoadWithContext(context.Background(), types.ConfigDetails{
		WorkingDir:  filepath.Dir(path),
		ConfigFiles: []types.ConfigFile{{Filename: path}},
		Environment: env,
	}, func(o *loader.Options) { o.SetProjectName("policybot", true) })
	if err != nil {
		t.Fatal(err)
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range p.Services {
			if !yield(n) {
				return
			}
		}
	})
	if !slices.Equal(names, []string{"bot", "proxy", "redis"}) {
		t.Fatalf("services: %q", names)
	}
	for _, s := range p.Services {
		if s.Restart != "unless-stopped" && s.Restart != "always" {
			t.Errorf("%s: restart policy %q", s.Name, s.Restart)
		}
	}

	redis := p.Services["redis"]
	cmd := strings.Join(redis.Command, " ")
	for _, want := range []string{"--appendonly yes", "--appendfsync everysec", "--maxmemory-policy noeviction"} {
		if !strings.Contains(cmd, want) {
			t.Errorf("redis command %q lacks %q", cmd, want)
		}
	}
	if len(redis.Volumes) != 1 || redis.Volumes[0].Type != types.VolumeTypeVolume || redis.Volumes[0].Target != "/data" {
		t.Errorf("redis volumes: %+v", redis.Volumes)
	} else if _, ok := p.Volumes[redis.Volumes[0].Source]; !ok {
		t.Errorf("redis volume %q is not declared", redis.Volumes[0].Source)
	}
	for _, name := range []string{"redis", "bot"} {
		if hc := p.Services[name].HealthCheck; hc == nil || len(hc.Test) < 2 || hc.Disable {
			t.Errorf("%s: no health check", name)
		}
	}
	if hc := p.Services["bot"].HealthCheck; hc != nil && (hc.Test[1] != "/healthcheck" || !strings.HasSuffix(hc.Test[len(hc.Test)-1], ":9090/healthz")) {
		t.Errorf("bot health check %q does not ask the admin port's /healthz", hc.Test)
	}

	bot := p.Services["bot"]
	if n := bot.GetScale(); n != 2 {
		t.Errorf("bot replicas: %d, want 2", n)
	}
	if d, ok := bot.DependsOn["redis"]; !ok || d.Condition != types.ServiceConditionHealthy {
		t.Errorf("bot does not wait for a healthy redis: %+v", bot.DependsOn)
	}
	if d, ok := p.Services["proxy"].DependsOn["bot"]; !ok || d.Condition != types.ServiceConditionHealthy {
		t.Errorf("proxy does not wait for a healthy bot")
	}
	if bot.StopGracePeriod == nil || time.Duration(*bot.StopGracePeriod) <= shutdownGrace {
		t.Errorf("bot stop_grace_period %v is not longer than the bot's own grace %v", bot.StopGracePeriod, shutdownGrace)
	}
	if len(bot.Ports) != 0 {
		t.Errorf("bot publishes ports %+v; with two replicas only the proxy may", bot.Ports)
	}

	// The bot's environment, read by serve's own flag setup.
	getenv := func(k string) string {
		if v := bot.Environment[k]; v != nil {
			return *v
		}
		return ""
	}
	for k := range bot.Environment {
		if !slices.Contains(serveEnv(), k) {
			t.Errorf("bot is given %s, which serve does not read", k)
		}
	}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	cfg := serveFlags(fs, getenv)
	if cfg.token != "123:abc" || cfg.webhookSecret != "s3cret" {
		t.Errorf("token or secret not wired from .env")
	}
	if *cfg.redisURL != "redis://redis:6379/0" {
		t.Errorf("REDIS_URL %q does not name the redis service", *cfg.redisURL)
	}
	if *cfg.webhookURL != "https://bot.example.org/telegram" {
		t.Errorf("WEBHOOK_URL %q", *cfg.webhookURL)
	}
	proxy := strings.Join(p.Services["proxy"].Command, " ")
	if !strings.Contains(proxy, "--from bot.example.org") || !strings.Contains(proxy, "--to bot"+*cfg.listenAddr) {
		t.Errorf("proxy %q does not forward the webhook domain to the bot's listen address %s", proxy, *cfg.listenAddr)
	}
	if *cfg.adminAddr != ":9090" {
		t.Errorf("ADMIN_ADDR %q, the health check asks :9090", *cfg.adminAddr)
	}
}
