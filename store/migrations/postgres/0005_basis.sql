-- 0005: the basis of an observation's change when it is not its indicator's
-- own ("q/q": growth on the quarter before, kept where a document gives no
-- other growth of the period); '' for the indicator's basis, as every
-- observation stored before it is.
ALTER TABLE observations ADD COLUMN basis TEXT NOT NULL DEFAULT '';
