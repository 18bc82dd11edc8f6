// The plugin's UI iframe. Figma injects its --figma-color-* variables (with
// themeColors: true); theme.css only stands in for them outside Figma.
import '@create-figma-plugin/ui/css/base.css'
import '@create-figma-plugin/ui/css/theme.css'

import { render } from 'preact'

import { App } from './components/app'

const root = document.getElementById('root')
if (root === null) throw new Error('ui.html has no #root element')
render(<App />, root)
