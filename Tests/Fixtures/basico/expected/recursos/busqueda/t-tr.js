window.LIBRO_BUSQUEDA.recibir("t-tr",{"trabaj":[1,[4,1,5,10]],"tre":[1,[5,1,6,1]]});
