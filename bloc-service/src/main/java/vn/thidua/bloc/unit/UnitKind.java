package vn.thidua.bloc.unit;

/** What kind of body a unit is. */
public enum UnitKind {
    /** Tỉnh, thành phố (UBND tỉnh) */
    PROVINCE,
    /** Cơ quan, sở, ban, ngành */
    AGENCY,
    /** Phòng, đơn vị trực thuộc */
    DIVISION,
    /** Địa phương: huyện, xã, phường */
    LOCALITY,
    /** Đoàn thể, tổ chức */
    ORGANIZATION,
    /** Doanh nghiệp */
    ENTERPRISE
}
