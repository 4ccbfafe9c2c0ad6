package schedule

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/fsnotify/fsnotify"
	"github.com/jonboulle/clockwork"
)

// watch starts a run a quiet delay after files change under a path.
type watch struct {
	fw   *fsnotify.Watcher
	quit chan struct{}
	done chan struct{}

	mu    sync.Mutex
	timer clockwork.Timer
	off   bool
}

// startWatch watches p.WatchPath; it returns nil when there is nothing to
// watch or the path cannot be watched (logged, the schedule goes on).
func (s *Scheduler) startWatch(p Plan) *watch {
	if p.WatchPath == "" {
		return nil
	}
	root, single := p.WatchPath, ""
	fi, err := os.Stat(root)
	if err != nil {
		s.Log.Error("watch: cannot watch the corpus; scheduled runs go on", "path", p.WatchPath, "error", err)
		return nil
	}
	if !fi.IsDir() {
		root, single = filepath.Dir(root), filepath.Base(root)
	}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		s.Log.Error("watch: cannot watch the corpus; scheduled runs go on", "path", p.WatchPath, "error", err)
		return nil
	}
	w := &watch{fw: fw, quit: make(chan struct{}), done: make(chan struct{})}
	if single != "" {
		err = fw.Add(root)
	} else {
		err = s.addTree(fw, root)
	}
	if err != nil {
		fw.Close()
		s.Log.Error("watch: cannot watch the corpus; scheduled runs go on", "path", p.WatchPath, "error", err)
		return nil
	}
	s.Log.Info("watching the corpus for changes", "path", p.WatchPath, "delay", p.WatchDelay.String())
	go w.loop(s, p, single)
	return w
}

// addTree watches dir and its folders, hidden ones excepted.
func (s *Scheduler) addTree(fw *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == dir {
				return err
			}
			s.Log.Warn("watch: folder not watched", "path", path, "error", err)
			return fs.SkipDir
		}
		if !d.IsDir() {
			return nil
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		if err := fw.Add(path); err != nil {
			if path == dir {
				return err
			}
			s.Log.Warn("watch: folder not watched", "path", path, "error", err)
		}
		return nil
	})
}

func (w *watch) loop(s *Scheduler, p Plan, single string) {
	defer close(w.done)
	for {
		select {
		case <-w.quit:
			return
		case err, ok := <-w.fw.Errors:
			if !ok {
				return
			}
			s.Log.Warn("watch error", "error", err)
		case ev, ok := <-w.fw.Events:
			if !ok {
				return
			}
			if ev.Op == fsnotify.Chmod {
				continue
			}
			name := filepath.Base(ev.Name)
			if strings.HasPrefix(name, ".") || (single != "" && name != single) {
				continue
			}
			if single == "" && ev.Op.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					if err := s.addTree(w.fw, ev.Name); err != nil {
						s.Log.Warn("watch: folder not watched", "path", ev.Name, "error", err)
					}
					w.arm(s, p)
					continue
				}
			}
			if p.WatchFilter != nil && !p.WatchFilter(name) {
				continue
			}
			s.Log.Debug("watch: change", "file", ev.Name, "op", ev.Op.String())
			w.arm(s, p)
		}
	}
}

// arm (re)starts the quiet-time timer; when it fires, a run starts, or, if
// one is going, the timer is armed again so the change is not lost.
func (w *watch) arm(s *Scheduler, p Plan) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.off {
		return
	}
	if w.timer != nil {
		w.timer.Reset(p.WatchDelay)
		return
	}
	w.timer = s.Clock.AfterFunc(p.WatchDelay, func() {
		if s.runOnce(byWatch) == busy {
			s.Log.Info("corpus changed during a run: running again after it", "delay", p.WatchDelay.String())
			w.arm(s, p)
		}
	})
}

// stop ends the watch; a nil watch is already stopped.
func (w *watch) stop() {
	if w == nil {
		return
	}
	w.mu.Lock()
	w.off = true
	if w.timer != nil {
		w.timer.Stop()
	}
	w.mu.Unlock()
	close(w.quit)
	w.fw.Close()
	<-w.done
}
