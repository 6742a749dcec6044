/** The action's entry point (action.yml `main: dist/index.js`): the shell is in src/action. */
import { run } from './action/main.js'

void run()
