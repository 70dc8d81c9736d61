window.LIBRO_BUSQUEDA.recibir("t-me",{"meno":[1,[3,1,3,1]],"mese":[1,[3,1,3,1]],"mezcl":[1,[3,1,3,1]]});
