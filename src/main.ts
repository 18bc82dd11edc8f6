// Entry point of the sandbox bundle (dist/code.js).
import { startPlugin } from './start-plugin'

startPlugin()
