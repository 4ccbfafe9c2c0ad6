package main

import (
	"context"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store"
)

// storedData opens the configured store and loads what the reports draw
// from: the catalog, documents and the current observations of catalog
// indicators that match f.
func storedData(ctx context.Context, cfg *config.Config, f store.Filter) ([]indicators.Indicator, []model.Document, []model.Record, error) {
	st, err := store.OpenExisting(ctx, cfg.StoreDSN())
	if err != nil {
		return nil, nil, nil, err // the error names the store, password redacted
	}
	defer st.Close()
	catalog := cfg.Catalog()
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	recs, err := st.Observations(ctx, f)
	if err != nil {
		return nil, nil, nil, err
	}
	known := map[string]bool{}
	for _, in := range catalog {
		known[in.ID] = true
	}
	kept := recs[:0]
	for _, r := range recs {
		if known[r.Indicator] {
			kept = append(kept, r)
		}
	}
	return catalog, docs, kept, nil
}

// indicatorByID finds id in the catalog or returns a usage error listing
// the ids.
func indicatorByID(catalog []indicators.Indicator, id string) (indicators.Indicator, error) {
	var ids []string
	for _, in := range catalog {
		if in.ID == id {
			return in, nil
		}
		ids = append(ids, in.ID)
	}
	return indicators.Indicator{}, usageErrorf("unknown indicator %q; the catalog has %v", id, ids)
}
