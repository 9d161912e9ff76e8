#!/usr/bin/env python3
"""Write a large synthetic plan folder for timing plancheck.

usage: bench/generate.py DIR [AGENCIES] [TASKS] [REPORTS_PER_AGENCY]

The plan has AGENCIES agencies (a third of them merged into successors in
2025), TASKS tasks owned by groups and agencies, two yearly duties over
2024-2030, and REPORTS_PER_AGENCY reports per agency.
"""
import os
import random
import sys

out = sys.argv[1]
agencies = int(sys.argv[2]) if len(sys.argv) > 2 else 300
tasks = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
reports = int(sys.argv[4]) if len(sys.argv) > 4 else 6
rng = random.Random(2024)

os.makedirs(os.path.join(out, "reports"), exist_ok=True)
ids = [f"ag-{i:04d}" for i in range(agencies)]
successors = {}
lines = ["plancheck: 1", "id: bench", 'title: "Kế hoạch đo hiệu năng"', "issuer: ag-0000",
         "period: {from: 2024-01-01, to: 2030-12-31}", "agencies:"]
for i, agency in enumerate(ids):
    lines.append(f'  {agency}: {{name: "Cơ quan số {i}", email: [{agency}@example.gov.vn]}}')
for i in range(0, agencies, 3):
    successor = f"new-{i:04d}"
    successors[ids[i]] = successor
    lines[lines.index(f'  {ids[i]}: {{name: "Cơ quan số {i}", email: [{ids[i]}@example.gov.vn]}}')] = (
        f'  {ids[i]}: {{name: "Cơ quan số {i}", until: 2025-06-30, successor: {successor}}}')
    lines.append(f'  {successor}: {{name: "Cơ quan mới số {i}", since: 2025-07-01}}')
lines.append("groups:")
lines.append(f"  all: {{name: \"Tất cả\", members: [{', '.join(ids)}]}}")
lines.append("tasks:")
for t in range(tasks):
    owners = ["all"] if t % 50 == 0 else rng.sample(ids, 3)
    due = f"\n    due: {{within: {2024 + t % 7}-Q{1 + t % 4}}}" if t % 4 == 0 else ""
    lines.append(f'  - id: T{t}\n    title: "Nhiệm vụ số {t}"\n    owners: [{", ".join(owners)}]{due}')
lines.append("duties:")
lines.append(f"  - {{id: yearly, title: \"Báo cáo năm\", from: [all], to: [ag-0000], "
             "due: {every: year, before: {month: 12, day: 10}}}")
lines.append(f"  - {{id: summary, title: \"Tổng hợp\", from: [ag-0001], to: [ag-0000], "
             "due: {every: year, by: {month: 12, day: 30}}, covers: all-tasks}")
with open(os.path.join(out, "plan.yaml"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

for agency in ids:
    for n in range(reports):
        year = 2024 + n % 3
        sender = successors.get(agency, agency) if year >= 2025 else agency
        entries = "\n".join(f"  T{t}: {{status: done}}" for t in rng.sample(range(tasks), 5))
        with open(os.path.join(out, "reports", f"{agency}-{n}.yaml"), "w", encoding="utf-8") as f:
            f.write(f"plancheck: 1\nplan: bench\nagency: {sender}\nduty: yearly\nperiod: {year}\n"
                    f"number: \"{agency}-{n}\"\nsubmitted: {year}-12-0{1 + n % 9}\ntasks:\n{entries}\n")
