import { loadSettings, settingsItem } from '@/lib/settings';
import { applyUiLocale } from '@/lib/ui/locale';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
applyUiLocale(document);
document.title = i18n.t('optionsTitle');
$('title').textContent = i18n.t('optionsTitle');
$('keep-html-label').textContent = i18n.t('optionsKeepHtml');
$('form-legend').textContent = i18n.t('optionsUnicodeForm');
$('nfc-label').textContent = i18n.t('optionsNfc');
$('nfkc-label').textContent = i18n.t('optionsNfkc');

const keepHtml = $<HTMLInputElement>('keep-html');
const forms = [...document.querySelectorAll<HTMLInputElement>('input[name=form]')];

async function show() {
  const settings = await loadSettings();
  keepHtml.checked = settings.keepPageHtml;
  for (const radio of forms) radio.checked = radio.value === settings.unicodeForm;
}

async function save() {
  const form = forms.find((radio) => radio.checked)?.value === 'NFKC' ? 'NFKC' : 'NFC';
  await settingsItem.setValue({ keepPageHtml: keepHtml.checked, unicodeForm: form });
  $('saved').textContent = i18n.t('optionsSaved');
}

for (const input of [keepHtml, ...forms]) input.addEventListener('change', () => void save());
void show();
