-- The day a term was decided: until then the outgoing head still runs the bloc's year-end business (handover).
alter table bloc_term_replica add column decided_on date;
