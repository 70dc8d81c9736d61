window.LIBRO_BUSQUEDA.recibir("t-ex",{"excepcional":[1,[40,1,75,1]],"exponer":[1,[41,1,79,1]]});
