package sim

import (
	"strconv"
	"time"
)

// scheduleJob schedules the run of j for the cadence slot at unix ns slot.
// A run starts a few seconds after its slot.
func (s *Simulator) scheduleJob(j *job, slot int64) {
	jitter := int64(2*time.Second) + s.rng.Int64N(int64(12*time.Second))
	s.at(slot+jitter, &schedItem{job: j, slot: slot, fire: (*Simulator).fireJobStart})
}

// fireJobStart logs a job start and schedules its end and the next run.
func (s *Simulator) fireJobStart(it *schedItem) bool {
	j := it.job
	slot := it.slot
	s.scheduleJob(j, slot+int64(j.every))
	if slot >= j.quietFrom && slot < j.quietTo {
		return false // the runner is stuck on the hung run: nothing starts
	}
	s.jobLine(j, "started")
	s.msg = append(s.msg, "job "...)
	s.msg = append(s.msg, j.name...)
	s.msg = append(s.msg, " started (trigger=cron \""...)
	s.msg = append(s.msg, j.cron...)
	s.msg = append(s.msg, "\", run_id="...)
	s.rec.txnID = s.hexString(8)
	s.msg = append(s.msg, s.rec.txnID...)
	s.msg = append(s.msg, ')')
	if slot == j.hungSlot {
		return true // this run hangs: no end, no further heartbeats
	}
	d := int64(s.lognormal(float64(j.median), 0.3))
	s.at(s.now+d, &schedItem{job: j, runID: s.rec.txnID, dur: d, fire: (*Simulator).fireJobEnd})
	return true
}

// fireJobEnd logs a job's success or failure.
func (s *Simulator) fireJobEnd(it *schedItem) bool {
	j := it.job
	s.rec.txnID = it.runID
	s.rec.duration, s.rec.hasDuration = it.dur, true
	dur := time.Duration(it.dur).Round(time.Second).String()
	if s.rng.Float64() < j.failP {
		s.jobLine(j, "failed")
		s.rec.level = "error"
		s.rec.errCode, s.rec.errType, s.rec.errMsg = j.failCode, "JobError", j.failMsg
		s.msg = append(s.msg, "job "...)
		s.msg = append(s.msg, j.name...)
		s.msg = append(s.msg, " failed after "...)
		s.msg = append(s.msg, dur...)
		s.msg = append(s.msg, ": "...)
		s.msg = append(s.msg, j.failMsg...)
		return true
	}
	s.jobLine(j, "succeeded")
	s.msg = append(s.msg, "job "...)
	s.msg = append(s.msg, j.name...)
	s.msg = append(s.msg, " succeeded in "...)
	s.msg = append(s.msg, dur...)
	switch j.name {
	case JobInventoryFullSync:
		s.msg = append(s.msg, ": "...)
		s.msg = strconv.AppendInt(s.msg, int64(numSKUs*len(s.shops)), 10)
		s.msg = append(s.msg, " listings checked, "...)
		s.msg = strconv.AppendInt(s.msg, int64(s.rng.IntN(300)), 10)
		s.msg = append(s.msg, " updated"...)
	case JobPriceScraper:
		s.msg = append(s.msg, ": "...)
		s.msg = strconv.AppendInt(s.msg, int64(800+s.rng.IntN(400)), 10)
		s.msg = append(s.msg, " competitor prices, "...)
		s.msg = strconv.AppendInt(s.msg, int64(s.rng.IntN(40)), 10)
		s.msg = append(s.msg, " repriced"...)
	case JobCrawler:
		s.msg = append(s.msg, ": "...)
		s.msg = strconv.AppendInt(s.msg, int64(150+s.rng.IntN(100)), 10)
		s.msg = append(s.msg, " listing pages crawled"...)
	}
	return true
}

func (s *Simulator) jobLine(j *job, status string) {
	sv := s.services[SvcJobRunner]
	s.rec.svc, s.rec.host = sv, sv.hosts[0]
	s.rec.level = "info"
	s.rec.action = "job." + status
	s.rec.jobName, s.rec.jobStatus = j.name, status
}

// fireDeploy logs a deployment and switches the service to its new version.
func (s *Simulator) fireDeploy(it *schedItem) bool {
	d := it.dep
	sv := s.services[d.service]
	sv.version = d.version
	s.rec.svc, s.rec.host = sv, sv.hosts[0]
	s.rec.level = "info"
	s.rec.action = "deploy"
	s.rec.txnID = s.hexString(8)
	s.msg = append(s.msg, "deployed "...)
	s.msg = append(s.msg, sv.name...)
	s.msg = append(s.msg, ' ')
	s.msg = append(s.msg, d.version...)
	s.msg = append(s.msg, " (commit "...)
	s.msg = append(s.msg, s.hexString(4)[:7]...)
	s.msg = append(s.msg, ", "...)
	s.msg = strconv.AppendInt(s.msg, int64(len(sv.hosts)), 10)
	s.msg = append(s.msg, " replicas, "...)
	s.msg = append(s.msg, d.note...)
	s.msg = append(s.msg, ") by ci"...)
	return true
}
