export default defineBackground(() => {
  console.log('zhengwen background');
});
