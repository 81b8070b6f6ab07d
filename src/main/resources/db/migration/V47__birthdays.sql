-- Residents grow older without anyone editing them: once a day the registry publishes a
-- ResidentChanged for those born on that day of the year (issue #14: the elderly allowance at 80,
-- weekly visits from 80). The last day published is kept so that days the application was down
-- are caught up, once each.
CREATE TABLE birthday_run (
    id  smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    day date     NOT NULL
);
