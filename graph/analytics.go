package graph

import (
	"github.com/partnerhub/partnerhub/graph/model"
	"github.com/partnerhub/partnerhub/internal/metrics"
)

func metricDefinitions() []*model.MetricDefinition {
	out := make([]*model.MetricDefinition, len(metrics.Definitions))
	for i, d := range metrics.Definitions {
		groupings := make([]model.MetricGroupBy, len(d.Groupings))
		for j, g := range d.Groupings {
			groupings[j] = model.MetricGroupBy(g)
		}
		out[i] = &model.MetricDefinition{
			Key: string(d.Key), Name: d.Name, Description: d.Description, Numerator: d.Numerator,
			Denominator: d.Denominator, Formula: d.Formula, Window: d.Window, CurrencyPolicy: d.CurrencyPolicy,
			Unit: model.MetricUnit(d.Unit), Groupings: groupings,
		}
	}
	return out
}

func metricFigures(figures []*metrics.Figure) []*model.MetricFigure {
	out := make([]*model.MetricFigure, len(figures))
	for i, f := range figures {
		m := &model.MetricFigure{
			Key: string(f.Key), Group: f.Group, GroupLabel: f.GroupLabel, Converted: f.Converted,
			Value: f.Value, Numerator: f.Numerator, Denominator: f.Denominator, Count: f.Count,
			MissingRates: make([]*model.MissingRate, len(f.MissingRates)),
		}
		if f.Currency != "" {
			m.Currency = &f.Currency
		}
		if f.Note != "" {
			m.Note = &f.Note
		}
		for j, r := range f.MissingRates {
			m.MissingRates[j] = &model.MissingRate{From: r.From, To: r.To, Date: r.Date}
		}
		out[i] = m
	}
	return out
}
