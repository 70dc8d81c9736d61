window.LIBRO_BUSQUEDA.recibir("t-mu",{"muestran":[1,[36,1,54,1]],"mujer":[5,[35,1,48,2,40,1,73,1,41,1,77,2,48,1,96,1,49,1,97,1]]});
