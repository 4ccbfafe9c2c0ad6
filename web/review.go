package web

import (
	"crypto/subtle"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/econtrack/econtrack/model"
)

// review serves POST /review: accept, reject or correct one observation,
// then back to the page the form was on.
func (s *Server) review(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "400 bad request: "+err.Error(), http.StatusBadRequest)
		return
	}
	if subtle.ConstantTimeCompare([]byte(r.PostForm.Get("csrf")), []byte(s.csrf)) != 1 || r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		http.Error(w, "403 forbidden: the form is stale or from another site; reload the page", http.StatusForbidden)
		return
	}
	rv, err := s.parseReview(r)
	if err != nil {
		s.refuse(w, r, err)
		return
	}
	if _, err := s.opt.Source.PutReviews(r.Context(), []model.Review{rv}); err != nil {
		s.fail(w, r, err)
		return
	}
	s.opt.Log.Info("review", "key", rv.ReviewKey.String(), "action", rv.Action, "by", rv.By)
	http.Redirect(w, r, localPath(r.PostForm.Get("back")), http.StatusSeeOther)
}

// parseReview reads the decision a review form posts.
func (s *Server) parseReview(r *http.Request) (model.Review, error) {
	f := r.PostForm
	key, err := model.ParseReviewKey(f.Get("key"))
	if err != nil {
		return model.Review{}, err
	}
	rv := model.Review{ReviewKey: key, Doc: f.Get("doc"), Action: model.ReviewAction(f.Get("action")),
		Note: strings.TrimSpace(f.Get("note")), By: s.opt.Reviewer, At: s.opt.Now().UTC()}
	if rv.Action == model.ReviewCorrect {
		// The form sends every field; those left as extracted are no
		// correction.
		if v := strings.TrimSpace(f.Get("value")); v != "" {
			x, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(v, ",", "."), " ", ""), 64)
			if err != nil {
				return model.Review{}, fmt.Errorf("value %q: want a number", v)
			}
			if old, err := strconv.ParseFloat(f.Get("was_value"), 64); err != nil || old != x {
				rv.Value = &x
			}
		}
		if p := strings.TrimSpace(f.Get("period")); p != f.Get("was_period") {
			rv.Period = p
		}
		if e := parseEntities(f.Get("entities")); entityParam(e) != entityParam(parseEntities(f.Get("was_entities"))) {
			rv.Entities = e
		}
		if in := f.Get("to_indicator"); in != "" && in != f.Get("was_indicator") {
			if _, ok := s.catalog[in]; !ok {
				return model.Review{}, fmt.Errorf("indicator %q is not in the catalog", in)
			}
			rv.ToIndicator = in
		}
	}
	return rv, rv.Validate()
}

// refuse answers 400 with a page that says what was wrong with the
// decision and links back to the page it came from.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, err error) {
	s.renderStatus(w, r, http.StatusBadRequest, "refused", page{Title: s.words.Refused, Body: struct{ Err, Back string }{err.Error(), localPath(r.PostForm.Get("back"))}})
}

// localPath is back if it is a path on this server, else "/".
func localPath(back string) string {
	if !strings.HasPrefix(back, "/") || strings.HasPrefix(back, "//") || strings.HasPrefix(back, "/\\") {
		return "/"
	}
	return back
}
