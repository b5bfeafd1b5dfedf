import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-to-text.ts';

describe('htmlToText', () => {
  it('keeps the words of a geolocation description and breaks lines at block elements', () => {
    const html = '<p>Эшелон с <b>танками</b> Т-72Б3</p><p>Ельск, 18.01.2022<br/>#военныйэшелон #танки</p>';
    expect(htmlToText(html)).toEqual({
      text: 'Эшелон с танками Т-72Б3\nЕльск, 18.01.2022\n#военныйэшелон #танки',
      links: [],
    });
  });

  it('drops script and style content entirely, whatever the case of the tag', () => {
    const html = 'before<SCRIPT type="text/javascript">alert("x")</script>mid<style>p{color:red}</STYLE>after';
    expect(htmlToText(html).text).toBe('beforemidafter');
  });

  it('drops an unclosed script to the end rather than showing code', () => {
    expect(htmlToText('caption<script>steal()').text).toBe('caption');
  });

  it('turns escaped markup into literal text, never into tags', () => {
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt; train').text).toBe('<img src=x onerror=alert(1)> train');
  });

  it('leaves an unknown named entity as written, even one named like an Object property', () => {
    expect(decodeEntities('&valueOf; &toString; &proto; &amp;')).toBe('&valueOf; &toString; &proto; &');
  });

  it('removes event-handler tags and keeps their surrounding text', () => {
    expect(htmlToText('<img src=x onerror="alert(1)">Ельск<svg onload=alert(1)>').text).toBe('Ельск');
  });

  it('collects only absolute http(s) links, decoded and without duplicates', () => {
    const html =
      '<a href="https://t.me/rybar/123?a=1&amp;b=2">post</a> <a href=\'javascript:alert(1)\'>x</a> ' +
      '<a href=https://vk.com/wall-1_2>vk</a> <a href="https://t.me/rybar/123?a=1&amp;b=2">again</a> <a href="/relative">r</a>';
    expect(htmlToText(html)).toEqual({
      text: 'post x vk again r',
      links: ['https://t.me/rybar/123?a=1&b=2', 'https://vk.com/wall-1_2'],
    });
  });

  it('keeps a bare less-than sign and handles ">" inside quoted attributes', () => {
    expect(htmlToText('5 < 10 <a title="a>b" href="https://x.org">ok</a>')).toEqual({ text: '5 < 10 ok', links: ['https://x.org'] });
  });

  it('drops comments, including an unterminated one', () => {
    expect(htmlToText('a<!-- hidden <b>x</b> -->b<!-- open')).toEqual({ text: 'ab', links: [] });
  });

  it('stays fast on pathological input', () => {
    const hostile = '<a'.repeat(50_000) + '<script>'.repeat(10_000) + '<a title="'.repeat(10_000);
    const started = Date.now();
    htmlToText(hostile);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references and replaces invalid code points', () => {
    expect(decodeEntities('&laquo;Т&#45;72&raquo; &#x421;&#1090; &#0; &#xD800; &unknown;')).toBe('«Т-72» Ст \uFFFD \uFFFD &unknown;');
  });
});
