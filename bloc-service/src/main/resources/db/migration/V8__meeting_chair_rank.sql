-- The chair of a meeting is named as in the minutes: rank (cấp bậc), name and position.
alter table meeting add column chair_rank varchar(100);
