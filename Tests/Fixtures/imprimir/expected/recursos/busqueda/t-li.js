window.LIBRO_BUSQUEDA.recibir("t-li",{"libr":[2,[0,1,0,1,1,1,1,10]],"line":[1,[4,1,5,1]]});
