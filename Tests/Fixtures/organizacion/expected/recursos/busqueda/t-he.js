window.LIBRO_BUSQUEDA.recibir("t-he",{"hech":[1,[38,1,64,1]],"herramient":[1,[14,1,16,10]]});
