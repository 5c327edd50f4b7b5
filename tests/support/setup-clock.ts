// Every test file starts with the clock at the suite's simulated now (see test-clock.ts), set
// again before each test; a test that needs another moment calls setClock itself, and the e2e
// host sets the page's clock to the same moment.
import { beforeEach } from 'vitest';
import { setClock } from '../../shared/clock';
import { testNow } from './test-clock';

setClock(testNow());
beforeEach(() => {
  setClock(testNow());
});
