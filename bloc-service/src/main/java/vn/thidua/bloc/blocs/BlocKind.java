package vn.thidua.bloc.blocs;

public enum BlocKind {
    /** Khối thi đua: units of one sector (e.g. Khối Nội chính). */
    BLOC,
    /** Cụm thi đua: localities grouped by area. */
    CLUSTER
}
