//! The Lab's `sample` process: one DCP effect (1.0) in every region, so naive OLS and DML aim at
//! the same number, and on 100 generic units the forest removes most of naive OLS's bias
//! (`simulate --process sample --n 1200 --reps 100 --cluster-unit`: +0.150 against +0.001).

use carbon_dml::engine::dml::Cluster;
use carbon_dml::engine::lab::{LabSpec, Process, run_lab, summarize};
use carbon_dml::engine::learners::LearnerSpec;
use carbon_dml::engine::learners::forest::ForestParams;
use std::sync::atomic::AtomicBool;

#[test]
fn on_the_sample_process_the_forest_removes_most_of_the_naive_bias() {
    let spec = LabSpec {
        process: Process::Sample,
        n: 1200,
        learner: LearnerSpec::Forest(ForestParams { n_trees: 50, ..Default::default() }),
        cluster: Cluster::Unit,
        replications: 20,
        seed: 42,
        ..LabSpec::default()
    };
    let reps = run_lab(&spec, &|_| {}, &AtomicBool::new(false)).expect("the lab runs");
    assert!(reps.iter().all(|r| r.truth == 1.0), "one effect for every region");
    let s = summarize(&reps);
    let (naive, forest) = (&s[0], &s[2]);
    assert!(naive.bias > 0.08, "naive OLS is biased upwards: {naive:?}");
    assert!(forest.bias.abs() < naive.bias / 2.0, "the forest halves the bias at least: {forest:?} vs {naive:?}");
}
