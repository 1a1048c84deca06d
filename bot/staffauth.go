package bot

import (
	"context"
	"fmt"
	"sync"
	"time"

	tgbot "github.com/go-telegram/bot"
)

// StaffAuth says who acts as staff: the users listed in the configuration
// (STAFF_USER_IDS) when there are any, else the staff chat's
// administrators, asked of the Bot API and cached. Other packages that
// offer staff commands use it through Bot.Staff.
type StaffAuth struct {
	chat   int64
	users  map[int64]bool
	ttl    time.Duration
	now    func() time.Time
	admins func(ctx context.Context) ([]int64, error)

	mu     sync.Mutex
	cached map[int64]bool
	at     time.Time
}

func newStaffAuth(chat int64, users []int64, ttl time.Duration, now func() time.Time, admins func(context.Context) ([]int64, error)) *StaffAuth {
	a := &StaffAuth{chat: chat, ttl: ttl, now: now, admins: admins}
	if len(users) > 0 {
		a.users = map[int64]bool{}
		for _, u := range users {
			a.users[u] = true
		}
	}
	return a
}

// Chat is the staff chat's id, 0 when there is none.
func (a *StaffAuth) Chat() int64 { return a.chat }

// IsStaff reports whether the user acts as staff. The error is non-nil
// when the staff chat's administrators could not be read (the answer is
// then false); a list read before is used until it is older than the
// cache time.
func (a *StaffAuth) IsStaff(ctx context.Context, user int64) (bool, error) {
	if a.users != nil {
		return a.users[user], nil
	}
	if a.chat == 0 || user == 0 {
		return false, nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.cached == nil || a.now().Sub(a.at) >= a.ttl {
		ids, err := a.admins(ctx)
		if err != nil {
			if a.cached != nil { // an old list beats none while Telegram is away
				return a.cached[user], fmt.Errorf("staff: refresh administrators: %w", err)
			}
			return false, fmt.Errorf("staff: read administrators: %w", err)
		}
		a.cached, a.at = map[int64]bool{}, a.now()
		for _, id := range ids {
			a.cached[id] = true
		}
	}
	return a.cached[user], nil
}

// chatAdmins reads the staff chat's human administrators.
func (b *Bot) chatAdmins(ctx context.Context) ([]int64, error) {
	var ids []int64
	err := b.call(ctx, "getChatAdministrators", func(ctx context.Context) error {
		members, err := b.tg.GetChatAdministrators(ctx, &tgbot.GetChatAdministratorsParams{ChatID: b.cfg.StaffChat})
		if err != nil {
			return err
		}
		ids = ids[:0]
		for _, m := range members {
			switch {
			case m.Owner != nil && m.Owner.User != nil && !m.Owner.User.IsBot:
				ids = append(ids, m.Owner.User.ID)
			case m.Administrator != nil && !m.Administrator.User.IsBot:
				ids = append(ids, m.Administrator.User.ID)
			}
		}
		return nil
	})
	return ids, err
}

// Staff is who acts as staff, for other front-end parts that need it.
func (b *Bot) Staff() *StaffAuth { return b.staff }
