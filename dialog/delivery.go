package dialog

import "context"

// HandleWith is Handle with the sessions read and written through st instead
// of the engine's own store. A front end that saves the session together
// with what it must send passes a store that only stages the session, and
// writes both at once after Handle returns.
func (e *Engine) HandleWith(ctx context.Context, st SessionStore, in Input) (Reply, error) {
	c := *e
	c.store = st
	return c.Handle(ctx, in)
}

// CheckLost is the reply to a user whose check in progress was lost with the
// session store's data.
func CheckLost() Reply {
	var r Reply
	r.plain("抱歉，我们的服务器刚才出了故障，您正在进行的资格自查进度丢失了，刚才这条消息也没能接着处理。")
	r.plain("请发送 /check 重新开始自查；直接提问不受影响。")
	return r
}
