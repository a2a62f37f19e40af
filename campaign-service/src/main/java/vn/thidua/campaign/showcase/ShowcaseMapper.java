package vn.thidua.campaign.showcase;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface ShowcaseMapper {

    ShowcaseDtos.PhotoView toView(ModelPhoto photo);

    ShowcaseDtos.AdoptionView toView(Adoption adoption, String unitName);

    /** A model with its campaign's and unit's names, photos, adoptions and what the reader's unit may do with it. */
    @Mapping(target = "id", source = "model.id")
    @Mapping(target = "campaignId", source = "model.campaignId")
    @Mapping(target = "unitId", source = "model.unitId")
    @Mapping(target = "title", source = "model.title")
    @Mapping(target = "adoptionCount", expression = "java(adoptions.size())")
    ShowcaseDtos.ModelView toView(
            ExemplaryModel model,
            String campaignTitle,
            String unitName,
            List<ShowcaseDtos.PhotoView> photos,
            List<ShowcaseDtos.AdoptionView> adoptions,
            boolean ownUnit,
            boolean canAdopt);
}
