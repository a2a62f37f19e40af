package vn.thidua.award.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.thidua.award.nomination.Nomination;

@Mapper(componentModel = "cdi")
public interface DisclosureMapper {

    @Mapping(target = "nominationId", source = "nomination.id")
    DisclosureDtos.NoticeEntry toEntry(Nomination nomination, String unitName, String awardTypeName);

    /** What of an entry the public list shows: the status stays inside. */
    DisclosureDtos.PublicNoticeEntry toPublic(DisclosureDtos.NoticeEntry entry);

    @Mapping(target = "open", expression = "java(notice.isOpenOn(today))")
    @Mapping(target = "ended", expression = "java(notice.endedBefore(today))")
    DisclosureDtos.NoticeView toView(
            Notice notice,
            String organizingUnitName,
            List<DisclosureDtos.NoticeEntry> entries,
            @Context LocalDate today);

    @Mapping(target = "open", expression = "java(notice.isOpenOn(today))")
    @Mapping(target = "ended", expression = "java(notice.endedBefore(today))")
    DisclosureDtos.PublicNotice toPublic(
            Notice notice,
            String organizingUnitName,
            List<DisclosureDtos.PublicNoticeEntry> entries,
            @Context LocalDate today);

    DisclosureDtos.ObjectionView toView(Objection objection, String nomineeName);

    @Mapping(target = "nominationId", source = "nomination.id")
    @Mapping(target = "id", source = "objection.id")
    @Mapping(target = "nomineeName", source = "nomination.nomineeName")
    @Mapping(target = "filedAt", source = "objection.filedAt")
    @Mapping(target = "status", source = "objection.status")
    DisclosureDtos.ObjectionReceipt toReceipt(Objection objection, Nomination nomination);
}
