#!/usr/bin/env python3
"""Write seeded plan folders that look like the provinces' own, for timing plancheck.

usage: bench/generate.py DIR [--plans N] [--agencies N] [--seed N]
       bench/generate.py DIR --size province|nation|nation-x2

Each plan is a province's plan in the shape of plans/binh-phuoc-cnsh-2024:
departments (sở) and district committees with Vietnamese names, a quarter
of the departments merged into successors on 2025-07-01, groups, tasks with and without deadlines, a yearly report
duty covering the department's own tasks and a yearly summary covering all
tasks, one request (a one-off report), one decision (an extension). The
reports of 2024-2026 are a mix: on time, late, incomplete (a covered task
left out), a few supplements, and some never sent. Checked as of
2026-11-28 every plan is valid.

The sizes: province, one plan of ~300 reports; nation, 100 plans of ~200
reports (~20,000); nation-x2, 200 plans of ~200 reports.
"""
import argparse
import os
import random

SIZES = {  # plans, departments per plan
    "province": (1, 100),
    "nation": (100, 66),
    "nation-x2": (200, 66),
}
PROVINCES = ["Bình Phước", "Đồng Nai", "Lâm Đồng", "Đắk Lắk", "Gia Lai", "Khánh Hòa", "Quảng Ngãi",
             "Thừa Thiên Huế", "Nghệ An", "Thanh Hóa", "Ninh Bình", "Hưng Yên", "Hải Phòng",
             "Quảng Ninh", "Lào Cai", "Tuyên Quang", "Cà Mau", "An Giang", "Cần Thơ", "Vĩnh Long"]
FIELDS = ["Khoa học và Công nghệ", "Y tế", "Công Thương", "Tài chính", "Nội vụ",
          "Giáo dục và Đào tạo", "Nông nghiệp và Môi trường", "Xây dựng", "Tư pháp",
          "Văn hóa, Thể thao và Du lịch", "Dân tộc và Tôn giáo", "Ngoại vụ"]
DISTRICTS = ["Đồng Xoài", "Phước Long", "Bình Long", "Chơn Thành", "Đồng Phú", "Bù Đăng",
             "Bù Đốp", "Bù Gia Mập", "Lộc Ninh", "Hớn Quản", "Phú Riềng"]
TASK_TITLES = ["Tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
               "Rà soát, hoàn thiện cơ chế, chính sách hỗ trợ ứng dụng công nghệ sinh học",
               "Ứng dụng công nghệ sinh học trong sản xuất nông nghiệp hữu cơ",
               "Phát triển nguồn nhân lực chất lượng cao, đào tạo lại cán bộ, công chức",
               "Tăng cường đầu tư cơ sở vật chất, phòng thí nghiệm đạt chuẩn",
               "Đẩy mạnh hợp tác quốc tế, thu hút doanh nghiệp đầu tư",
               "Chuyển đổi số trong quản lý nhà nước về khoa học và công nghệ",
               "Xây dựng cơ sở dữ liệu dùng chung, kết nối liên thông"]
NOTES = ["Đang triển khai theo kế hoạch.", "Chưa bố trí được kinh phí năm nay.",
         "Đã tổ chức hội nghị quán triệt cho cán bộ, công chức, viên chức và người lao động.",
         "Phối hợp với các sở, ngành liên quan; dự kiến hoàn thành trong quý tới.",
         "Vướng mắc về thủ tục đầu tư, đề nghị UBND tỉnh xem xét, tháo gỡ."]
STATUSES = ["in-progress", "in-progress", "done", "not-started"]
AS_OF_YEARS = [2024, 2025, 2026]


def q(text):
    return '"' + text + '"'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


class Plan:
    """One province's plan with its files, drawn from `rng`."""

    def __init__(self, rng, index, departments):
        self.rng = rng
        self.province = PROVINCES[index % len(PROVINCES)]
        self.id = f"kh-cnsh-{index:03d}"
        self.departments = [f"so-{i:03d}" for i in range(departments)]
        self.districts = [f"huyen-{i:02d}" for i in range(len(DISTRICTS))]
        # A quarter of the departments merge into a successor on 2025-07-01.
        self.successor = {d: "dn-" + d for d in self.departments if rng.random() < 0.25}
        # Every department owns two to four ongoing tasks; the districts share
        # the tasks with deadlines, which they report done one by one.
        self.tasks = []  # (id, title, owners, due quarter or None)
        for i, department in enumerate(self.departments):
            for k in range(rng.randint(2, 4)):
                title = rng.choice(TASK_TITLES)
                self.tasks.append((f"II.{i + 1}.{k + 1}", title, [department], None))
        for k in range(4):
            self.tasks.append((f"III.{k + 1}", rng.choice(TASK_TITLES), ["cap-huyen"],
                               f"2024-Q{k + 1}"))
        self.owned = {d: [t[0] for t in self.tasks if d in t[2]] for d in self.departments}

    def agency_lines(self):
        lines = ["agencies:",
                 f"  ubnd-tinh: {{name: {q('UBND tỉnh ' + self.province)}, short: \"UBND tỉnh\"}}"]
        for i, d in enumerate(self.departments):
            field = FIELDS[i % len(FIELDS)]
            name = f"Sở {field}" + (f" (đơn vị {i // len(FIELDS) + 1})" if i >= len(FIELDS) else "")
            if d in self.successor:
                lines.append(f"  {d}: {{name: {q(name)}, email: [{d}@{self.id}.gov.vn], "
                             f"until: 2025-06-30, successor: {self.successor[d]}}}")
                lines.append(f"  {self.successor[d]}: {{name: {q(name + ' (sau sắp xếp)')}, "
                             "since: 2025-07-01}")
            else:
                lines.append(f"  {d}: {{name: {q(name)}, email: [{d}@{self.id}.gov.vn]}}")
        for h, name in zip(self.districts, DISTRICTS):
            lines.append(f"  {h}: {{name: {q('UBND huyện ' + name)}}}")
        return lines

    def plan_text(self):
        lines = ["plancheck: 1", f"id: {self.id}",
                 f"title: {q('Kế hoạch phát triển và ứng dụng công nghệ sinh học tỉnh ' + self.province)}",
                 "issuer: ubnd-tinh", "timezone: Asia/Ho_Chi_Minh",
                 "period: {from: 2024-01-01, to: 2030-12-31}"]
        lines += self.agency_lines()
        lines += ["groups:",
                  f"  so-ban-nganh: {{name: \"Các sở, ban, ngành\", members: [{', '.join(self.departments)}]}}",
                  f"  cap-huyen: {{name: \"UBND các huyện, thị xã, thành phố\", members: [{', '.join(self.districts)}]}}",
                  "tasks:"]
        for task_id, title, owners, due in self.tasks:
            lines.append(f"  - id: {task_id}\n    title: {q(title)}\n    owners: [{', '.join(owners)}]"
                         + (f"\n    due: {{within: {due}}}" if due else ""))
        lines += ["duties:",
                  "  - id: annual-department",
                  "    title: \"Báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Khoa học và Công nghệ)\"",
                  "    from: [so-ban-nganh]", "    to: [ubnd-tinh]",
                  "    due: {every: year, before: {month: 12, day: 10}}", "    covers: own-tasks"]
        return "\n".join(lines) + "\n"

    def sender(self, department, year):
        return self.successor.get(department, department) if year >= 2025 else department

    def annual_report(self, department, year, n, tasks, submitted):
        entries = []
        for task in tasks:
            status = self.rng.choice(STATUSES)
            entry = f"  {task}:\n    status: {status}"
            if status == "done":
                entry += f"\n    completed: {year}-{self.rng.randint(1, 9):02d}-{self.rng.randint(1, 28):02d}"
            if self.rng.random() < 0.5:
                entry += f"\n    note: {q(self.rng.choice(NOTES))}"
            entries.append(entry)
        return (f"plancheck: 1\nplan: {self.id}\nagency: {self.sender(department, year)}\n"
                f"duty: annual-department\nperiod: {year}\nnumber: \"{n}/BC-{department.upper()}\"\n"
                f"submitted: {submitted}\ntasks:\n" + "\n".join(entries) + "\n")

    def reports(self):
        """Yield (relative path, text) of every report."""
        rng = self.rng
        for year in AS_OF_YEARS:
            for department in self.departments:
                roll = rng.random()
                if roll < 0.1 or (year == 2026 and roll < 0.5):
                    continue  # never sent (2026's is not yet due for most)
                tasks = list(self.owned[department])
                if roll < 0.2 and len(tasks) > 1:
                    tasks.pop(rng.randrange(len(tasks)))  # incomplete
                late = 0.2 <= roll < 0.3 and year < 2026
                submitted = f"{year}-12-{rng.randint(11, 28)}" if late else \
                    f"{year}-{rng.randint(10, 11)}-{rng.randint(1, 28):02d}"
                n = f"{rng.randint(1, 9)}{year % 100}{self.departments.index(department):03d}"
                yield (f"reports/{year}/{department}-annual-department.yaml",
                       self.annual_report(department, year, n, tasks, submitted))
                if roll > 0.95 and year < 2026:
                    yield (f"reports/{year}/{department}-annual-department-bo-sung.yaml",
                           self.annual_report(department, year, n + "-BS", tasks[:1],
                                              f"{year}-12-{rng.randint(1, 9):02d}"))
        for task_id, _, _, due in self.tasks:
            if not due:
                continue
            quarter_end = {"Q1": "03-28", "Q2": "06-27", "Q3": "09-26", "Q4": "12-26"}[due[-2:]]
            for h in self.districts:
                if rng.random() < 0.15:
                    continue
                month = int(quarter_end[:2])
                done = f"2024-{quarter_end}" if rng.random() < 0.8 else f"2024-{min(month + 1, 12):02d}-28"
                yield (f"reports/2024/{h}-{task_id}.yaml",
                       f"plancheck: 1\nplan: {self.id}\nagency: {h}\nnumber: \"{rng.randint(10, 99)}/BC-{task_id}-{h}\"\n"
                       f"submitted: {done}\ntasks:\n  {task_id}:\n    status: done\n    completed: {done}\n"
                       f"    note: {q(rng.choice(NOTES))}\n")
        first = self.departments[0]
        yield ("reports/2025/so-ket-18-thang.yaml",
               f"plancheck: 1\nplan: {self.id}\nagency: {first}\nduty: so-ket-18-thang\n"
               f"number: \"512/BC-{first.upper()}\"\nsubmitted: 2025-06-18\ntasks:\n"
               + "".join(f"  {t}:\n    status: in-progress\n" for t in self.owned[first]))

    def request(self):
        first = self.departments[0]
        return (f"plancheck: 1\nplan: {self.id}\nnumber: \"1234/UBND-KGVX\"\nrequested: 2025-06-02\n"
                "requested_by: ubnd-tinh\nduties:\n  - id: so-ket-18-thang\n"
                "    title: \"Báo cáo sơ kết 18 tháng thực hiện Kế hoạch\"\n"
                f"    from: [{first}]\n    to: [ubnd-tinh]\n    due: {{by: 2025-06-20}}\n"
                "    covers: own-tasks\n")

    def decision(self):
        return (f"plancheck: 1\nplan: {self.id}\nnumber: \"100/UBND-KGVX\"\ndate: 2024-06-20\n"
                "by: ubnd-tinh\nextend:\n  - task: III.4\n    agencies: [cap-huyen]\n"
                "    due: {by: 2025-03-31}\n")

    def write(self, folder):
        write(os.path.join(folder, "plan.yaml"), self.plan_text())
        write(os.path.join(folder, "requests", "2025-06-02-so-ket-18-thang.yaml"), self.request())
        write(os.path.join(folder, "decisions", "2024", "100-ubnd-kgvx.yaml"), self.decision())
        count = 0
        for path, text in self.reports():
            write(os.path.join(folder, path), text)
            count += 1
        return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir")
    parser.add_argument("--size", choices=sorted(SIZES))
    parser.add_argument("--plans", type=int, default=2)
    parser.add_argument("--agencies", type=int, default=12, help="departments per plan")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    plans, departments = SIZES[args.size] if args.size else (args.plans, args.agencies)
    rng = random.Random(args.seed)
    reports = 0
    for index in range(plans):
        plan = Plan(rng, index, departments)
        reports += plan.write(os.path.join(args.dir, plan.id))
    print(f"{plans} plans, {reports} reports")


if __name__ == "__main__":
    main()
