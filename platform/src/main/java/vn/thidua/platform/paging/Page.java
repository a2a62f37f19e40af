package vn.thidua.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** The one paging shape of every list: the items of one page and the total across pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page, request.size)).list().stream()
                .map(mapper)
                .toList();
        return new Page<>(items, request.page, request.size, query.count());
    }

    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(all.size(), request.page * request.size);
        int to = Math.min(all.size(), from + request.size);
        return new Page<>(List.copyOf(all.subList(from, to)), request.page, request.size, all.size());
    }
}
