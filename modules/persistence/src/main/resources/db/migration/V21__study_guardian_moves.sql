-- A guardian alone in an empty family of their own (made, say, by a calendar link) moves to the
-- family whose invitation code they enter: their guardian row changes family.
grant update on study_guardian to ${appRole};
