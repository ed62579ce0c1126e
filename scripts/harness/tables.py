"""Truth tables printed again: each canonical table id as a Table in the variation's layout."""
import math

import printed
from grid import Cell, Column, Table

CODED = {
    "income": [("total", ["本年收入合计"]), ("fiscal_appropriation", ["财政拨款收入"]),
               ("superior_subsidy", ["上级补助收入"]), ("business", ["事业收入"]), ("operating", ["经营收入"]),
               ("affiliated_remittance", ["附属单位上缴收入"]), ("other", ["其他收入"])],
    "expenditure": [("total", ["本年支出合计"]), ("basic", ["基本支出"]), ("project", ["项目支出"]),
                    ("remit_to_superior", ["上缴上级支出"]), ("operating", ["经营支出"]),
                    ("subsidy_to_affiliates", ["对附属单位补助支出"])],
    "general_budget_expenditure": [("total", ["本年支出", "小计"]), ("basic", ["本年支出", "基本支出"]),
                                   ("project", ["本年支出", "项目支出"])],
    "government_fund": [("opening_balance", ["年初结转和结余"]), ("income", ["本年收入"]),
                        ("total", ["本年支出", "小计"]), ("basic", ["本年支出", "基本支出"]),
                        ("project", ["本年支出", "项目支出"]), ("closing_balance", ["年末结转和结余"])],
    "state_capital": [("total", ["本年支出", "合计"]), ("basic", ["本年支出", "基本支出"]),
                      ("project", ["本年支出", "项目支出"])],
}
THREE_PUBLIC = [("total", "合计"), ("overseas_travel", "因公出国（境）费"), ("vehicles", "公务用车购置及运行维护费"),
                ("vehicle_purchase", "公务用车购置费"), ("vehicle_operation", "公务用车运行维护费"),
                ("official_reception", "公务接待费")]
THREE_PUBLIC_LIST = [("total", "合计"), ("overseas_travel", "1、因公出国（境）费"), ("official_reception", "2、公务接待费"),
                     ("vehicles", "3、公务用车购置及运行费"), ("vehicle_operation", "其中：（1）公务用车运行维护费"),
                     ("vehicle_purchase", "（2）公务用车购置费")]
VEHICLE_PARTS = {"vehicles": "小计", "vehicle_purchase": "公务用车购置费", "vehicle_operation": "公务用车运行维护费"}
THREE_PUBLIC_MORE = [("agency_operation", "机关运行经费"), ("meetings", "会议费"), ("training", "培训费")]

# Budgets (部门预算 / 单位预算, the national core set): each coded table prints the amount columns its records fill,
# in this order, under the header a budget prints for them.
BUDGET_COLUMNS = {
    "income": [("total", ["合计"]), ("carryover", ["上年结转"]), ("fiscal_appropriation", ["财政拨款"]),
               ("general_budget", ["一般公共预算拨款收入"]), ("government_fund", ["政府性基金预算拨款收入"]),
               ("state_capital", ["国有资本经营预算拨款收入"]), ("special_account", ["财政专户管理资金收入"]),
               ("business", ["事业收入"]), ("education_fees", ["其中：教育收费"]), ("operating", ["事业单位经营收入"]),
               ("superior_subsidy", ["上级补助收入"]), ("affiliated_remittance", ["附属单位上缴收入"]),
               ("other", ["其他收入"]), ("non_fiscal_balance_used", ["使用非财政拨款结余"])],
    "expenditure": [("total", ["合计"]), ("basic", ["基本支出"]), ("personnel", ["人员经费"]), ("public", ["公用经费"]),
                    ("project", ["项目支出"]), ("operating", ["事业单位经营支出"]),
                    ("subsidy_to_affiliates", ["对附属单位补助支出"]), ("remit_to_superior", ["上缴上级支出"])],
    "basic_expenditure": [("amount", ["合计"]), ("personnel", ["人员经费"]), ("public", ["公用经费"])],
}
for _id in ("general_budget_expenditure", "government_fund", "state_capital"):
    BUDGET_COLUMNS[_id] = BUDGET_COLUMNS["expenditure"]


class Printer:
    """Builds the Table of each truth table for one variation (its axes and its random choices)."""

    def __init__(self, axes, rng, tagged, document=None):
        self.axes, self.rng, self.tagged = axes, rng, tagged
        document = document or {}
        self.budget = document.get("kind") == "budget"
        self.national = self.budget and document.get("family") not in ("shanghai", "liaoning", "shanxi")
        self.year = document.get("year")

    @staticmethod
    def renders(truth):
        """Whether this printer can print the table as its truth holds it: not yet tables with a row per budget
        unit (`unit` on records)."""
        return not any(r.get("unit") or r.get("unit_code") for r in truth.get("records") or [])

    def amount(self, value):
        return printed.amount(value, self.axes["thousands"] == "yes")

    def table(self, truth):
        build = {"income_expenditure_summary": self.sides, "fiscal_appropriation_summary": self.sides,
                 "basic_expenditure": self.coded if self.budget else self.basic, "three_public_expenses": self.three_public,
                 "disclosure_statistics": self.statistics, "department_performance": self.form,
                 "project_performance": self.form}.get(truth["id"], self.coded)
        table = build(truth)
        table.title = truth["title"]
        if self.tagged and truth.get("number"):
            table.tag = f"公开{truth['number']}表"
        if truth.get("empty"):
            table.notes.insert(0, "说明：本表无数据。" if self.rng.random() < 0.5 else "注：本单位本年度无此项资金。")
        return table

    def numbering(self, columns, first_text_cols):
        """The 栏次 row: 栏次 across the leading text columns, then 1, 2, … under each amount column."""
        if not self.tagged:
            return None
        cells, n = [Cell(0, "栏次", first_text_cols)], 0
        for i, col in enumerate(columns[first_text_cols:], first_text_cols):
            if col.kind == "num":
                n += 1
                cells.append(Cell(i, str(n)))
        return cells

    # 功能分类 tables ---------------------------------------------------------------------------

    def budget_columns(self, truth):
        """(key, header path) of the amount columns a budget's coded table prints: those its records fill, 基本支出
        over 人员经费 / 公用经费 where both are printed, then the `extra` columns under their printed headers."""
        records = truth.get("records") or []
        present = [(k, p) for k, p in BUDGET_COLUMNS[truth["id"]] if any(r.get(k) is not None for r in records)]
        if not present:   # an empty table prints the header of its usual columns
            usual = {"income": ("total", "fiscal_appropriation", "business", "other"),
                     "basic_expenditure": ("amount", "personnel", "public")}.get(truth["id"], ("total", "basic", "project"))
            present = [(k, p) for k, p in BUDGET_COLUMNS[truth["id"]] if k in usual]
        keys = [k for k, _ in present]
        split = truth["id"] != "basic_expenditure" and ("personnel" in keys or "public" in keys)
        total = self.rng.choice(["合计", "总计"]) if self.national else "合计"
        out = []
        for key, path in present:
            if key in ("total", "amount"):
                path = [total]
            elif split and key == "basic":
                path = ["基本支出", "小计"]
            elif split and key in ("personnel", "public"):
                path = ["基本支出"] + path
            out.append((key, path))
        extra = []
        for r in records:
            extra += [k for k in (r.get("extra") or {}) if k not in extra]
        return out + [(("extra", k), k.split("/")) for k in extra]

    def coded(self, truth):
        records = truth.get("records") or []
        keys = self.budget_columns(truth) if self.budget else CODED[truth["id"]]
        economic = truth["id"] == "basic_expenditure"
        label = "经济分类科目编码" if economic else "功能分类科目编码"
        with_codes = not self.budget or truth.get("empty") or any(r.get("code") for r in records)
        lengths = (0, 3, 5) if economic else (0, 3, 5, 7)
        three = self.axes["codes"] != "one" and all(len(r.get("code", "")) in lengths for r in records)
        pieces = ("类", "款") if economic else ("类", "款", "项")
        in_name = self.national and not three and with_codes and self.rng.random() < 0.5
        if not with_codes or in_name:
            cols = []
        elif three:
            cols = [Column("code", ["项目", label, p]) for p in pieces]
        else:
            cols = [Column("code", ["项目", label])]
        cols.append(Column("text", ["项目", "科目名称"], wrap=True))
        cols += [Column("num", path) for _, path in keys]
        ncode = len(cols) - len(keys) - 1
        marks = self.rng.choice(["[{}]{}", "{}-{}", "{} {}"]) if in_name else None
        body = []
        rows = records or [{"name": "合计"}]
        for rec in rows:
            row = []
            code = rec.get("code", "")
            if marks or not ncode:
                row.append(Cell(0, marks.format(code, rec.get("name", "")) if code else rec.get("name", "")))
            elif not code:
                if self.rng.random() < 0.5:
                    row.append(Cell(0, rec.get("name", ""), ncode + 1))
                else:
                    row.append(Cell(ncode, rec.get("name", "")))
            else:
                if three:
                    pieces = [code[:3], code[3:5], code[5:7]][:len(cols) - len(keys) - 1]
                    level = len(code) // 2 - 1          # 0 类, 1 款, 2 项
                    for i, piece in enumerate(pieces):
                        if piece and (self.axes["codes"] == "three-full" or i == level):
                            row.append(Cell(i, piece))
                else:
                    row.append(Cell(0, code))
                row.append(Cell(ncode, rec.get("name", "")))
            for i, (key, _) in enumerate(keys):
                value = rec.get("extra", {}).get(key[1]) if isinstance(key, tuple) else rec.get(key)
                if value is not None:
                    row.append(Cell(ncode + 1 + i, self.amount(value) if isinstance(value, (int, float)) else str(value)))
            body.append(row)
        return Table("", columns=cols, body=body, numbering=self.numbering(cols, ncode + 1))

    # 收入 | 支出 side by side -------------------------------------------------------------------

    def sides(self, truth):
        fiscal = truth["id"] == "fiscal_appropriation_summary"
        records = truth.get("records") or []
        income = [r for r in records if r.get("side") == "income"]
        spend = [r for r in records if r.get("side") == "expenditure"]
        lines = all(r.get("line") is not None for r in records)
        spend_keys = ["total", "general_budget", "government_fund", "state_capital"] if fiscal else ["amount"]
        spend_words = (["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"] if fiscal
                       else ["金额"])
        amount_word = "金额"
        if self.budget:
            amount_word = self.rng.choice(["预算数", "本年预算", "金额"]) if self.national else "预算数"
            if fiscal:
                words = {"total": "合计", "general_budget": "一般公共预算", "government_fund": "政府性基金预算",
                         "state_capital": "国有资本经营预算"}
                spend_keys = [k for k in spend_keys if any(r.get(k) is not None for r in spend)] or ["total"]
                spend_words = [words[k] for k in spend_keys] if len(spend_keys) > 1 else [amount_word]
            else:
                more = [k for k in ("personnel", "public", "project") if any(r.get(k) is not None for r in spend)]
                spend_keys = ["amount"] + more
                spend_words = ([amount_word] if not more else ["合计"]) + [
                    {"personnel": "人员经费", "public": "公用经费", "project": "项目支出"}[k] for k in more]
        cols = [Column("text", ["收入", "项目"], wrap=True)]
        cols += [Column("line", ["收入", "行次"])] if lines else []
        cols += [Column("num", ["收入", amount_word]), Column("text", ["支出", "项目"], wrap=True)]
        cols += [Column("line", ["支出", "行次"])] if lines else []
        cols += [Column("num", ["支出", w]) for w in spend_words]
        left = self.side_rows(income, lines)
        right = self.side_rows(spend, lines)
        if not lines:   # the totals at the foot of both sides share rows
            left, right = self.align_tails(left, right)
        ex0 = 3 if lines else 2
        body = []
        for i in range(max(len(left), len(right))):
            row = []
            for base, side, keys in ((0, left, ["amount"]), (ex0, right, spend_keys)):
                rec = side[i] if i < len(side) else None
                if rec is None:
                    continue
                if rec.get("item"):
                    row.append(Cell(base, rec["item"]))
                if lines and rec.get("line") is not None:
                    row.append(Cell(base + 1, str(rec["line"])))
                for j, key in enumerate(keys):
                    if rec.get(key) is not None:
                        row.append(Cell(base + (2 if lines else 1) + j, self.amount(rec[key])))
            body.append(row)
        numbering = None
        if self.tagged:
            numbering = [Cell(0, "栏次"), Cell(ex0 - 1, "1"), Cell(ex0, "栏次")]
            numbering += [Cell(ex0 + (2 if lines else 1) + j, str(2 + j)) for j in range(len(spend_keys))]
        return Table("", columns=cols, body=body, numbering=numbering, wide=fiscal)

    @staticmethod
    def side_rows(records, lines):
        """One side's rows in print order; with 行次, a line the truth leaves out is a row with only its number."""
        if not lines or not records:
            return list(records)
        first, out = records[0]["line"], []
        for rec in records:
            while first + len(out) < rec["line"]:
                out.append({"line": first + len(out)})
            out.append(rec)
        return out

    @staticmethod
    def align_tails(left, right):
        def split(rows):
            at = next((i for i, r in enumerate(rows) if "合计" in r.get("item", "")), len(rows))
            return rows[:at], rows[at:]
        (lb, lt), (rb, rt) = split(left), split(right)
        n = max(len(lb), len(rb))
        lb, rb = lb + [None] * (n - len(lb)), rb + [None] * (n - len(rb))
        m = max(len(lt), len(rt))
        return lb + lt + [None] * (m - len(lt)), rb + rt + [None] * (m - len(rt))

    # 基本支出: 经济分类 in column groups ---------------------------------------------------------

    def basic(self, truth):
        records = truth.get("records") or []
        totals = {r["name"]: r for r in records if r.get("name") in ("人员经费合计", "公用经费合计")}
        people = [r for r in records if r.get("category") == "personnel" and r not in totals.values()]
        public = [r for r in records if r.get("category") == "public" and r not in totals.values()]
        by_class = all((r.get("code", "")[:3] in ("301", "303")) == (r["category"] == "personnel")
                       for r in people + public)
        if self.axes["basic"] == "run" and by_class:
            k = self.rng.choice([1, 2])
            run = people + public
            n = math.ceil(len(run) / k)
            groups = [(None, run[i * n:(i + 1) * n]) for i in range(k)]
        else:
            k = self.rng.choice([1, 2, 3])
            n = max(len(people), math.ceil(len(public) / k))
            groups = [("人员经费", people)] + [("公用经费", public[i * n:(i + 1) * n]) for i in range(k)]
        cols = []
        for label, _ in groups:
            top = [label] if label else []
            cols += [Column("code", top + ["科目编码"]), Column("text", top + ["科目名称"], wrap=True),
                     Column("num", top + ["决算数"])]
        depth = max(len(g[1]) for g in groups)
        body = []
        for i in range(depth):
            row = []
            for g, (_, recs) in enumerate(groups):
                if i < len(recs):
                    rec = recs[i]
                    if rec.get("code"):
                        row.append(Cell(3 * g, rec["code"]))
                    row.append(Cell(3 * g + 1, rec.get("name", "")))
                    if rec.get("amount") is not None:
                        row.append(Cell(3 * g + 2, self.amount(rec["amount"])))
            body.append(row)
        foot, places = [], [0, 3 if len(groups) > 1 else None]
        for place, name in zip(places, ("人员经费合计", "公用经费合计")):
            rec = totals.get(name)
            if rec is None:
                continue
            if place is None:   # one group only: the second total takes a row of its own
                body.append(foot)
                foot, place = [], 0
            foot.append(Cell(place, name, 2))
            amount_col = len(cols) - 1 if name == "公用经费合计" and self.rng.random() < 0.5 else place + 2
            if rec.get("amount") is not None:
                foot.append(Cell(amount_col, self.amount(rec["amount"])))
        if foot:
            body.append(foot)
        return Table("", columns=cols, body=[r for r in body if r], wide=len(cols) > 6)

    # 三公 -------------------------------------------------------------------------------------

    def three_public(self, truth):
        recs = {r["item"]: r for r in truth.get("records") or []}
        layout = self.axes["three_public"]
        measures = [("预算数", "budget"), ("决算数", "actual")]
        listed, items = THREE_PUBLIC_LIST, THREE_PUBLIC
        if self.budget:   # a budget prints 预算数 only (and last year's beside it), and the items it has beyond the six
            prior = any(r.get("prior_budget") is not None for r in recs.values())
            measures = ([(f"{self.year - 1}年预算数", "prior_budget"), (f"{self.year}年预算数", "budget")] if prior
                        else [("预算数", "budget")])
            more = [(item, label) for item, label in THREE_PUBLIC_MORE if item in recs]
            listed, items = THREE_PUBLIC_LIST + more, THREE_PUBLIC + more
        if layout == "list" or truth.get("empty"):
            cols = [Column("text", ["项目"], wrap=True)] + [Column("num", [m]) for m, _ in measures]
            body = []
            for item, label in listed:
                rec = recs.get(item, {})
                row = [Cell(0, label)]
                for j, (_, key) in enumerate(measures):
                    if rec.get(key) is not None:
                        row.append(Cell(1 + j, self.amount(rec[key])))
                body.append(row)
            if truth.get("empty"):
                body = body[:1]
            return Table("", columns=cols, body=body)
        order = []
        if layout == "wide":   # 预算数 ×6 then 决算数 ×6
            for measure, key in measures:
                for item, label in items:
                    path = ([measure, "公务用车购置及运行维护费", VEHICLE_PARTS[item]] if item in VEHICLE_PARTS
                            else [measure, label])
                    order.append((item, key, path))
        else:                  # pairs: 预算数 | 决算数 under each item
            for item, label in items:
                top = (["公务用车购置及运行维护费", VEHICLE_PARTS[item]] if item in VEHICLE_PARTS else [label])
                for measure, key in measures:
                    order.append((item, key, top + [measure]))
        cols = [Column("num", path) for _, _, path in order]
        row = [Cell(i, self.amount(recs.get(item, {}).get(key))) for i, (item, key, _) in enumerate(order)
               if recs.get(item, {}).get(key) is not None]
        numbering = [Cell(i, str(i + 1)) for i in range(len(cols))] if self.tagged else None
        return Table("", columns=cols, body=[row], numbering=numbering, wide=True)

    # 统计表 -----------------------------------------------------------------------------------

    def statistics(self, truth):
        cols = [Column("text", ["项目"], wrap=True), Column("line", ["行次"]), Column("num", ["统计数"])]
        body = []
        for rec in truth.get("records") or []:
            row = [Cell(0, rec.get("item", "")), Cell(1, str(rec.get("line", "")))]
            v = rec.get("value")
            if v is not None:
                row.append(Cell(2, printed.count(v) if isinstance(v, int) else self.amount(v)))
            body.append(row)
        return Table("", columns=cols, body=body)

    # 绩效自评表: label / value forms ----------------------------------------------------------

    def form(self, truth):
        f = truth.get("fields") or {}
        dept = truth["id"] == "department_performance"
        pick = self.rng.choice
        if dept:
            name = ("部门（单位）名称", f.get("unit_name", ""))
            figures = [("部门年初预算收入金额", self.amount(f.get("budget_income"))),
                       ("部门年初预算支出金额", self.amount(f.get("budget_expenditure")))]
        else:
            name = (pick(["项目名称", "项目(政策)名称"]), f.get("project", ""))
            figures = [(pick(["项目预算金额", "全年预算数"]), self.amount(f.get("budget"))),
                       ("全年执行数", self.amount(f.get("executed"))),
                       ("执行率", printed.percent(f.get("execution_rate")))]
        score = (pick(["总分", "自评总得分"] if dept else ["绩效自评总得分", "总分"]),
                 self.amount(f.get("total_score")))
        cols = [Column("text", [str(i)]) for i in range(6)]
        body = [[Cell(0, name[0], 2), Cell(2, name[1], 4)]]
        arrangement = self.axes["forms"]
        if arrangement == "below":
            labels = figures + [score]
            w = 6 // len(labels)
            body.append([Cell(i * w, label, w if i < len(labels) - 1 else 6 - i * w) for i, (label, _) in enumerate(labels)])
            body.append([Cell(i * w, value, w if i < len(labels) - 1 else 6 - i * w) for i, (_, value) in enumerate(labels)])
        elif arrangement == "pairs":
            pairs = figures + [score]
            for i in range(0, len(pairs), 2):
                row = []
                for j, (label, value) in enumerate(pairs[i:i + 2]):
                    row += [Cell(3 * j, label), Cell(3 * j + 1, value, 2)]
                body.append(row)
        else:
            body += [[Cell(0, label, 2), Cell(2, value, 4)] for label, value in figures + [score]]
        body.append([Cell(0, "一级指标"), Cell(1, "二级指标"), Cell(2, "三级指标"), Cell(3, "指标值"),
                     Cell(4, "分值"), Cell(5, "得分")])
        body.append([Cell(0, "产出指标"), Cell(1, "数量指标"), Cell(2, "任务完成率"), Cell(3, "≥95%"),
                     Cell(4, "20"), Cell(5, "20")])
        body.append([Cell(0, "满意度指标"), Cell(1, "服务对象满意度指标"), Cell(2, "服务对象满意度"), Cell(3, "≥90%"),
                     Cell(4, "10"), Cell(5, "10")])
        return Table("", columns=cols, body=body, form=True)
