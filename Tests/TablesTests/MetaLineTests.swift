@testable import Tables
import Testing

/// Meta lines: the department beside its label, with or without a colon.
@Suite struct MetaLineTests {
    @Test func aLabelledDepartment() {
        #expect(MetaLine(text: "部门名称：长沙市信访局单位：万元").department == "长沙市信访局")
    }

    /// A form prints 部门名称 | 北京市财政局 in two cells, no colon; 京 is a numeral to Unicode, no digit.
    @Test func aDepartmentInTheCellBesideItsLabel() {
        #expect(MetaLine(text: "部门名称北京市财政局").department == "北京市财政局")
        #expect(MetaLine(text: "单位名称合计").department == nil)
        #expect(MetaLine(text: "部门名称2026年度预算").department == nil)
    }
}
