window.LIBRO_BUSQUEDA.recibir("t-te",{"tenid":[1,[41,2,81,1,1,1]],"terminar":[1,[35,1,51,1]],"text":[1,[41,1,76,1]]});
