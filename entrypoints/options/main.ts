import { DEFAULT_SETTINGS, loadSettings, settingsItem } from '@/lib/settings';
import { applyUiLocale } from '@/lib/ui/locale';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
applyUiLocale(document);
document.title = i18n.t('optionsTitle');
$('title').textContent = i18n.t('optionsTitle');
$('keep-html-label').textContent = i18n.t('optionsKeepHtml');
$('form-legend').textContent = i18n.t('optionsUnicodeForm');
$('nfc-label').textContent = i18n.t('optionsNfc');
$('nfkc-label').textContent = i18n.t('optionsNfkc');
$('batch-pause-label').textContent = i18n.t('optionsBatchPause');

const keepHtml = $<HTMLInputElement>('keep-html');
const batchPause = $<HTMLInputElement>('batch-pause');
const forms = [...document.querySelectorAll<HTMLInputElement>('input[name=form]')];

async function show() {
  const settings = await loadSettings();
  keepHtml.checked = settings.keepPageHtml;
  batchPause.value = String(settings.batchPauseMs / 1000);
  for (const radio of forms) radio.checked = radio.value === settings.unicodeForm;
}

async function save() {
  const form = forms.find((radio) => radio.checked)?.value === 'NFKC' ? 'NFKC' : 'NFC';
  // Seconds in the form, ms in the settings; an empty or bad entry keeps the polite default.
  const seconds = Number(batchPause.value);
  const batchPauseMs = batchPause.value.trim() !== '' && seconds >= 0 ? Math.round(Math.min(seconds, 60) * 1000) : DEFAULT_SETTINGS.batchPauseMs;
  await settingsItem.setValue({ keepPageHtml: keepHtml.checked, unicodeForm: form, batchPauseMs });
  $('saved').textContent = i18n.t('optionsSaved');
}

for (const input of [keepHtml, batchPause, ...forms]) input.addEventListener('change', () => void save());
void show();
