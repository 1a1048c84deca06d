package bot

import (
	"context"
	"strings"
	"sync"
	"testing"
)

// fakeDesk is a hand-written ReviewDesk that owns /verdict and records
// what it was given.
type fakeDesk struct {
	mu    sync.Mutex
	calls []string
}

func (d *fakeDesk) Owns(text string) bool { return strings.HasPrefix(text, "/verdict") }

func (d *fakeDesk) Command(_ context.Context, from, msg int64, text string) (string, bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls = append(d.calls, text)
	return "记录 <K7Q2-M9XA> & 结论", true, nil
}

func staffUpdate(id int64, staff, from int64, text string) string {
	return encode(map[string]any{"update_id": id, "message": map[string]any{"message_id": id, "date": 1,
		"chat": map[string]any{"id": staff, "type": "supergroup", "title": "人社局值班"}, "from": user(from), "text": text}})
}

// TestStaffCommands: a review command in the staff group reaches the desk
// only from staff; anyone else's changes nothing visible; other commands
// there and the same command in a private chat are not the desk's.
func TestStaffCommands(t *testing.T) {
	const staff = int64(-100888)
	desk := &fakeDesk{}
	h := newHarness(t, func(c *Config) {
		c.StaffChat, c.Review = staff, desk
		c.StaffUsers = []int64{501}
	})
	h.post(staffUpdate(h.id(), staff, 501, "/verdict K7Q2-M9XA"), secret)
	sent := h.api.Sent(staff)
	if len(sent) != 1 || !strings.Contains(sent[0], "记录 &lt;K7Q2-M9XA&gt; &amp; 结论") {
		t.Fatalf("staff reply: got %q", sent)
	}
	h.post(staffUpdate(h.id(), staff, 502, "/verdict K7Q2-M9XA"), secret)
	sent = h.api.Sent(staff)
	if len(sent) != 1 {
		t.Fatalf("non-staff command got a reply: %q", sent[1:])
	}
	h.post(staffUpdate(h.id(), staff, 501, "/help"), secret)
	h.post(staffUpdate(h.id(), staff, 501, "大家好"), secret)
	if sent := h.api.Sent(staff); len(sent) != 1 {
		t.Errorf("other staff chat messages got replies: %q", sent[1:])
	}
	if len(desk.calls) != 1 {
		t.Errorf("desk called %d times, want once (staff only): %q", len(desk.calls), desk.calls)
	}
	got := joined(h.say(501, "/verdict K7Q2-M9XA"))
	if strings.Contains(got, "结论") || !strings.Contains(got, "没有这个命令") || len(desk.calls) != 1 {
		t.Errorf("a staff command in a private chat reached the desk: %q", got)
	}
}
