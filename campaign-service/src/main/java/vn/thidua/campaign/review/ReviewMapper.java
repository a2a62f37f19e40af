package vn.thidua.campaign.review;

import org.mapstruct.Mapper;

@Mapper
public interface ReviewMapper {

    ReviewDtos.ExemplarView toView(Review.Exemplar exemplar, String unitName);

    ReviewEvents.SelectedExemplar toEvent(ReviewDtos.ExemplarView exemplar);

    Review.Exemplar toExemplar(ReviewDtos.ExemplarInput input, int position);
}
