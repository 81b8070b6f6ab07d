package org.linli.registry.imports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.linli.registry.imports.ResidentRows.Line;

/**
 * One resident typed into the enrolment form. Its fields carry the import template's columns
 * (registration and relation by their Chinese labels), so the form gets exactly the checks of an
 * imported row: {@link EnrolmentRow} applies those a row alone can pass, the enrolment the rest.
 */
@EnrolmentRow
public record NewResident(String name, String idNumber, String phone, String ethnicity, String registration,
                          String relation, String headIdNumber, String entrance, String room) {

    /** Form field → the template column whose checks apply to it. */
    static final Map<String, String> COLUMNS = columns();

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("name", "姓名");
        columns.put("idNumber", "身份证号");
        columns.put("phone", "手机号");
        columns.put("ethnicity", "民族");
        columns.put("registration", "户籍");
        columns.put("relation", "与户主关系");
        columns.put("headIdNumber", "户主身份证号");
        columns.put("building", "楼栋编码");
        columns.put("entrance", "单元");
        columns.put("room", "户室");
        return columns;
    }

    /** The same resident in another room. */
    public NewResident withRoom(String otherRoom) {
        return new NewResident(name, idNumber, phone, ethnicity, registration, relation, headIdNumber, entrance, otherRoom);
    }

    /**
     * The form's own words for the import's: the form has a select where the template has a column,
     * and no file whose other rows could hold the head.
     */
    private static final Map<String, String> FORM_WORDS = Map.of(
            "registry.row.ethnicity", "registry.enrolment.ethnicity",
            "registry.row.name.characters", "registry.enrolment.name.characters",
            "registry.row.registration", "registry.enrolment.registration",
            "registry.row.relation", "registry.enrolment.relation",
            "registry.row.head.unknown", "registry.enrolment.head.unknown");

    /** The key the form shows for a row check's key. */
    static String formKey(String rowKey) {
        return FORM_WORDS.getOrDefault(rowKey, rowKey);
    }

    /** The form's field for a template column. */
    static String fieldOf(String column) {
        return COLUMNS.entrySet().stream().filter(e -> e.getValue().equals(column)).map(Map.Entry::getKey)
                .findFirst().orElse(column);
    }

    /** The row an import would have: a head is their own head, whatever was typed for the head. */
    Line line(String buildingCode) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("姓名", name);
        cells.put("身份证号", idNumber);
        cells.put("手机号", phone);
        cells.put("民族", ethnicity);
        cells.put("户籍", registration);
        cells.put("与户主关系", relation);
        cells.put("户主身份证号", "户主".equals(relation) ? idNumber : headIdNumber);
        cells.put("楼栋编码", buildingCode);
        cells.put("单元", entrance);
        cells.put("户室", room);
        return new Line(0, cells);
    }
}
