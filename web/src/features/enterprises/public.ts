// What other web features may use of the enterprise registry: the picker for their forms.
export { EnterprisePicker, type EnterprisePickerProps } from './components/EnterprisePicker';
export { EnterpriseFlags } from './components/EnterpriseFlags';
